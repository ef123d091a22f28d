using EmergencyDSS.Cli.Hosting;

namespace EmergencyDSS.Cli.Tests.Hosting;

public sealed class CommandHostTests
{
    private static (int Code, string Out, string Err) Run(params string[] argv)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = CommandHost.Run(argv, output, error, Path.GetTempPath());
        return (code, output.ToString(), error.ToString());
    }

    [Fact]
    public void Help_ListsEveryCommand()
    {
        var (code, output, _) = Run("--help");
        Assert.Equal(0, code);
        foreach (var command in CommandCatalog.All) Assert.Contains($"  {command.Name}", output);
    }

    [Fact]
    public void UnknownCommand_ExitsWithUsageCode()
    {
        var (code, _, error) = Run("frobnicate");
        Assert.Equal(2, code);
        Assert.Equal("dss: unknown command `frobnicate`; see `dss --help`", error.Trim());
    }

    [Fact]
    public void UnknownOption_ExitsWithUsageCode()
    {
        var (code, _, error) = Run("version", "--bogus");
        Assert.Equal(2, code);
        Assert.StartsWith("dss version: unknown option --bogus", error);
    }

    [Theory]
    [InlineData(new[] { "--out" }, "option --out needs a value")]
    [InlineData(new[] { "--out", "a", "--out", "b" }, "option --out is given twice")]
    [InlineData(new[] { "--json=1" }, "option --json takes no value")]
    public void Args_RejectMalformedOptions(string[] tokens, string message)
    {
        var e = Assert.Throws<UsageException>(() => Args.Parse(tokens, ["--out"], ["--json"]));
        Assert.Equal(message, e.Message);
    }

    [Fact]
    public void Args_SplitPositionalsOptionsAndFlags()
    {
        var args = Args.Parse(["a.dss", "--out", "dir", "--json", "--", "--literal"], ["--out"], ["--json"]);
        Assert.Equal(["a.dss", "--literal"], args.Positionals);
        Assert.Equal("dir", args.Value("--out"));
        Assert.True(args.Has("--json"));
    }
}
