using System.Diagnostics;
using EmergencyDSS.Scheduler.Tests.Support;

namespace EmergencyDSS.Scheduler.Tests.Jobs;

/// <summary>`dss serve` with a bad start-up input prints positioned errors and exits 1, without a stack trace.</summary>
[Collection("postgres")]
public sealed class ServeCommandTests(PostgresServer postgres)
{
    [Fact]
    public async Task BadRulesetAtStart_Exits1_WithPositionedErrors()
    {
        using var folder = new TempFolder();
        var ruleset = Path.Combine(folder.Path, "broken.dss");
        await File.WriteAllTextAsync(ruleset, "ruleset \"x\" {\n  version 1\n");
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in new[] { Path.Combine(AppContext.BaseDirectory, "dss.dll"), "serve", "--postgres", await postgres.CreateDatabaseAsync(),
                     "--urls", "http://127.0.0.1:0", "--ruleset", ruleset })
            info.ArgumentList.Add(a);
        info.Environment["DSS_ADMIN_TOKEN"] = "a-bureau-token-of-24-chars";
        using var process = Process.Start(info)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEndAsync();
        if (!process.WaitForExit(60_000)) { process.Kill(); Assert.Fail("dss serve with a bad ruleset did not exit within 60 s"); }

        Assert.Equal(1, process.ExitCode);
        var errors = await stderr;
        Assert.Matches(@"broken\.dss:\d+:\d+: ", errors);
        Assert.DoesNotContain("   at ", errors + await stdout);
    }
}
