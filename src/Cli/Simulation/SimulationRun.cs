using System.Diagnostics;
using System.Text;
using EmergencyDSS.Cli.Hosting;
using EmergencyDSS.Dsl;
using EmergencyDSS.Dsl.Binding;
using EmergencyDSS.Dsl.Model;
using EmergencyDSS.Engine.Compilation;
using EmergencyDSS.Engine.Evaluation;
using EmergencyDSS.Engine.Facts;
using EmergencyDSS.Engine.Input;
using EmergencyDSS.Engine.Output;
using EmergencyDSS.Engine.Reporting;

namespace EmergencyDSS.Cli.Simulation;

/// <summary>The paths of one simulation; `Shown` maps full paths back to what the user typed, for messages.</summary>
internal sealed record SimulationInputs(string Ruleset, string Forecast, string Enterprises, string? Sites, DateTimeOffset? Now, string Out);

/// <summary>ruleset + inputs → decisions → files. Every input is checked before anything is written; output appears whole or not at all.</summary>
internal static class SimulationRun
{
    public sealed record Outcome(RuleModel Model, Forecast Forecast, DecisionSet Decisions, TimeSpan Elapsed);

    public static Outcome Run(SimulationInputs inputs, Action<string> progress)
    {
        var clock = Stopwatch.StartNew();
        progress("compiling ruleset");
        var compilation = RulesetCompiler.CompileFile(inputs.Ruleset);
        if (compilation.Model is null)
            throw new InputException(compilation.Diagnostics.Where(d => d.Severity == Severity.Error).Select(d => d.ToString()).ToList());
        var model = compilation.Model;
        progress("loading inputs");
        var forecast = ForecastLoader.Load(inputs.Forecast, model);
        var enterprises = ReductionListLoader.Load(inputs.Enterprises, model);
        var sites = inputs.Sites is null ? new LoadResult<IReadOnlyList<Site>>([], [], []) : SiteListLoader.Load(inputs.Sites, model);
        var errors = forecast.Errors.Concat(enterprises.Errors).Concat(sites.Errors).ToList();
        if (errors.Count > 0) throw new InputException(errors);
        progress($"evaluating {enterprises.Value!.Count} enterprises, {sites.Value!.Count} sites");
        var plan = CompiledPlan.Compile(model);
        var decisions = plan.Evaluate(forecast.Value!, enterprises.Value, sites.Value, inputs.Now ?? forecast.Value!.IssuedAt);
        progress("writing decisions.json and report.html");
        WriteAtomically(inputs.Out, dir =>
        {
            var utf8 = new UTF8Encoding(false);
            File.WriteAllText(Path.Combine(dir, "decisions.json"), DecisionsJson.Serialize(decisions), utf8);
            File.WriteAllText(Path.Combine(dir, "report.html"), HtmlReport.Render(model, forecast.Value!, decisions), utf8);
        });
        return new Outcome(model, forecast.Value!, decisions, clock.Elapsed);
    }

    /// <summary>Writes into a temporary folder beside <paramref name="outDir"/>, then swaps it into place.</summary>
    private static void WriteAtomically(string outDir, Action<string> write)
    {
        var full = Path.GetFullPath(outDir);
        var parent = Path.GetDirectoryName(full)!;
        Directory.CreateDirectory(parent);
        var temp = Path.Combine(parent, $".{Path.GetFileName(full)}.tmp-{Environment.ProcessId}");
        if (Directory.Exists(temp)) Directory.Delete(temp, recursive: true);
        Directory.CreateDirectory(temp);
        try
        {
            write(temp);
            if (Directory.Exists(full)) Directory.Delete(full, recursive: true);
            Directory.Move(temp, full);
        }
        finally
        {
            if (Directory.Exists(temp)) Directory.Delete(temp, recursive: true);
        }
    }
}
