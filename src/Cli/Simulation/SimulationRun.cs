using System.Diagnostics;
using System.Text;
using EmergencyDSS.Cli.Commands;
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
using EmergencyDSS.Notices;

namespace EmergencyDSS.Cli.Simulation;

/// <summary>The paths of one simulation as the user typed them (messages name them so), resolved against <c>WorkingDirectory</c>.</summary>
internal sealed record SimulationInputs(string Ruleset, string Forecast, string Enterprises, string? Sites, DateTimeOffset? Now, string Out, string WorkingDirectory, bool Pdf = false, bool Notices = true)
{
    public string Full(string path) => Path.GetFullPath(path, WorkingDirectory);
}

/// <summary>ruleset + inputs → decisions → files. Every input is checked before anything is written; output appears whole or not at all.</summary>
internal static class SimulationRun
{
    /// <param name="Warnings">Problems that did not stop the run, each positioned (<c>file:row:column: warning: …</c>).</param>
    public sealed record Outcome(RuleModel Model, Forecast Forecast, DecisionSet Decisions, int Notices, TimeSpan Elapsed, IReadOnlyList<string> Warnings);

    public static Outcome Run(SimulationInputs inputs, Action<string> progress)
    {
        var clock = Stopwatch.StartNew();
        progress("compiling ruleset");
        var compilation = RulesetCompiler.CompileFile(inputs.Full(inputs.Ruleset));
        if (compilation.Model is null)
            throw new InputException(compilation.Diagnostics.Where(d => d.Severity == Severity.Error).Select(d => d.ToString()).ToList());
        var model = compilation.Model;
        progress("loading inputs");
        var forecast = Load(inputs, inputs.Forecast, (bytes, name) => ForecastLoader.Parse(bytes, name, model));
        var enterprises = Load(inputs, inputs.Enterprises, (bytes, name) => ReductionListLoader.Parse(bytes, name, model));
        var sites = inputs.Sites is null ? new LoadResult<IReadOnlyList<Site>>([], [], []) : Load(inputs, inputs.Sites, (bytes, name) => SiteListLoader.Parse(bytes, name, model));
        var errors = forecast.Errors.Concat(enterprises.Errors).Concat(sites.Errors).ToList();
        if (errors.Count > 0) throw new InputException(errors);
        var warnings = forecast.Warnings.Concat(enterprises.Warnings).Concat(sites.Warnings).ToList();
        if (EffectivePeriod.Outside(model.Header, forecast.Value!) is { } outside) warnings.Add($"{inputs.Ruleset}:1:1: warning: {outside}");
        progress($"evaluating {enterprises.Value!.Count} enterprises, {sites.Value!.Count} sites");
        var (plan, failures) = CompiledPlan.TryCompile(model);
        if (plan is null) throw new InputException([.. failures.Select(f => RuleFailures.Describe(f, inputs.Ruleset))]);
        var trace = new Engine.Rules.FiringTrace();
        var decisions = plan.Evaluate(forecast.Value!, enterprises.Value, sites.Value, inputs.Now ?? forecast.Value!.IssuedAt, trace);
        progress(inputs.Pdf ? "writing decisions.json, report.html and notices (with PDF)" : "writing decisions.json, report.html and notices");
        var notices = 0;
        WriteAtomically(inputs.Full(inputs.Out), dir =>
        {
            var utf8 = new UTF8Encoding(false);
            File.WriteAllText(Path.Combine(dir, "decisions.json"), DecisionsJson.Serialize(decisions), utf8);
            File.WriteAllText(Path.Combine(dir, TraceJson.FileName), TraceJson.Serialize(trace), utf8);
            File.WriteAllText(Path.Combine(dir, "report.html"), HtmlReport.Render(model, forecast.Value!, decisions), utf8);
            if (inputs.Notices && model.Templates.Count > 0)
                notices = WriteNotices(decisions, model, Path.GetDirectoryName(inputs.Full(inputs.Ruleset))!, dir, inputs.Pdf);
        });
        return new Outcome(model, forecast.Value!, decisions, notices, clock.Elapsed, warnings);
    }

    private static int WriteNotices(DecisionSet decisions, RuleModel model, string rulesetDirectory, string dir, bool pdf)
    {
        try
        {
            return NoticeWriter.Write(decisions, model, rulesetDirectory, dir, pdf).Notices.Count;
        }
        catch (NoticeTemplateException e)
        {
            throw new InputException(e.Errors.Select(error => error.ToString()).ToList());
        }
    }

    internal static LoadResult<T> Load<T>(SimulationInputs inputs, string path, Func<byte[], string, LoadResult<T>> parse)
    {
        try
        {
            return parse(File.ReadAllBytes(inputs.Full(path)), path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new LoadResult<T>(default, [$"{path}:1:1: cannot be read ({e.Message})"], []);
        }
    }

    /// <summary>Writes into a temporary folder beside <paramref name="outDir"/>, then swaps it into place.</summary>
    internal static void WriteAtomically(string outDir, Action<string> write)
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
