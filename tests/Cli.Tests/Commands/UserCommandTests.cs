using EmergencyDSS.Cli.Hosting;

namespace EmergencyDSS.Cli.Tests.Commands;

/// <summary>
/// `dss user` refuses bad arguments before it touches a database (usage: exit 2; bad input: exit 1, one clear line).
/// Creating accounts on a real PostgreSQL is covered by tests/Web.Tests and tests/Scheduler.Tests.
/// </summary>
public sealed class UserCommandTests
{
    private const string Nowhere = "Host=127.0.0.1;Port=1;Username=nobody;Timeout=1";

    [Theory]
    [InlineData(new[] { "user", "add", "li.duty", "--role", "boss", "--postgres", Nowhere }, 2, "dss user: option --role: `boss` is not a role (admin, author, duty, approver, auditor, enterprise, inspector)")]
    [InlineData(new[] { "user", "add", "ent1", "--role", "enterprise", "--postgres", Nowhere }, 2, "dss user: an enterprise account needs --enterprise CREDIT_CODE")]
    [InlineData(new[] { "user", "add", "li.duty", "--role", "duty", "--enterprise", "91500110GH0APTBKDL", "--postgres", Nowhere }, 2, "dss user: --enterprise is only for --role enterprise")]
    [InlineData(new[] { "user", "add", "ent1", "--role", "enterprise", "--enterprise", "91500110GH0APTBKDX", "--postgres", Nowhere }, 1, "dss user: --enterprise: credit code `91500110GH0APTBKDX` fails its checksum")]
    [InlineData(new[] { "user", "add", "bureau", "--role", "admin", "--postgres", Nowhere }, 1, "dss user: account name `bureau`")]
    [InlineData(new[] { "user", "remove", "li.duty", "--postgres", Nowhere }, 2, "dss user: unknown user action `remove` (add, token, revoke)")]
    public void BadArguments_AreRefused_BeforeTheDatabase(string[] argv, int exit, string expected)
    {
        var error = new StringWriter();
        var output = new StringWriter();

        var code = CommandHost.Run(argv, output, error, Path.GetTempPath());

        Assert.Equal(exit, code);
        Assert.StartsWith(expected, error.ToString().Split('\n')[0].TrimEnd());
        Assert.Empty(output.ToString());
    }

    [Fact]
    public void UnreachableDatabase_IsAClearInputError()
    {
        var error = new StringWriter();

        var code = CommandHost.Run(["user", "add", "li.duty", "--role", "duty", "--postgres", Nowhere], new StringWriter(), error, Path.GetTempPath());

        Assert.Equal(1, code);
        Assert.StartsWith("dss user: cannot use the PostgreSQL database", error.ToString());
        Assert.DoesNotContain("   at ", error.ToString());
    }
}
