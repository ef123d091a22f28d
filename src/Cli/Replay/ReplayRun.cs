using EmergencyDSS.Cli.Commands;
using EmergencyDSS.Cli.Hosting;
using EmergencyDSS.Cli.Simulation;
using EmergencyDSS.Dsl;
using EmergencyDSS.Dsl.Binding;
using EmergencyDSS.Dsl.Model;
using EmergencyDSS.Engine.Compilation;
using EmergencyDSS.Engine.Facts;
using EmergencyDSS.Engine.Input;
using EmergencyDSS.Notices;
using EmergencyDSS.Notices.Replay;

namespace EmergencyDSS.Cli.Replay;

/// <summary>
/// One ruleset replayed over a forecast sequence: the ruleset compiled and its templates loaded, the lists and
/// forecasts checked against it (every error positioned, nothing run before all are clean), then
/// <see cref="SeasonReplay"/>. Used by `dss replay` and, once per ruleset, by `dss diff`.
/// </summary>
internal static class ReplayRun
{
    public sealed record Outcome(RuleModel Model, ReplayTimeline Timeline, IReadOnlyList<Enterprise> Enterprises, IReadOnlyList<string> Warnings);

    public static Outcome Run(string ruleset, string enterprises, string? sites, string forecasts, string workingDirectory)
    {
        var inputs = new SimulationInputs(ruleset, forecasts, enterprises, sites, null, ".", workingDirectory);
        var compilation = RulesetCompiler.CompileFile(inputs.Full(ruleset));
        if (compilation.Model is null)
            throw new InputException(compilation.Diagnostics.Where(d => d.Severity == Severity.Error).Select(d => d.ToString()).ToList());
        var model = compilation.Model;
        var list = SimulationRun.Load(inputs, enterprises, (bytes, name) => ReductionListLoader.Parse(bytes, name, model));
        var siteList = sites is null ? new LoadResult<IReadOnlyList<Site>>([], [], []) : SimulationRun.Load(inputs, sites, (bytes, name) => SiteListLoader.Parse(bytes, name, model));
        var errors = list.Errors.Concat(siteList.Errors).ToList();
        if (errors.Count > 0) throw new InputException(errors);
        var (sequence, forecastWarnings) = ForecastSequence.Load(forecasts, inputs.Full(forecasts), model);
        var warnings = forecastWarnings.Concat(list.Warnings).Concat(siteList.Warnings).ToList();
        foreach (var (name, forecast) in sequence)
            if (EffectivePeriod.Outside(model.Header, forecast) is { } outside) warnings.Add($"{ruleset}:1:1: warning: {name}: {outside}");
        var (plan, failures) = CompiledPlan.TryCompile(model);
        if (plan is null) throw new InputException([.. failures.Select(f => RuleFailures.Describe(f, ruleset))]);
        NoticeRenderer renderer;
        try
        {
            renderer = new NoticeRenderer(model, Path.GetDirectoryName(inputs.Full(ruleset))!);
        }
        catch (NoticeTemplateException e)
        {
            throw new InputException(e.Errors.Select(error => error.ToString()).ToList());
        }
        var timeline = new SeasonReplay(model, plan, renderer, list.Value!, siteList.Value!).RunAsync(Path.GetFileName(ruleset), sequence).GetAwaiter().GetResult();
        return new Outcome(model, timeline, list.Value!, warnings);
    }
}
