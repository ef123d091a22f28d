using EmergencyDSS.Engine.Evaluation.Derived;
using EmergencyDSS.Engine.Rules;

namespace EmergencyDSS.Engine.Evaluation.Actions;

/// <summary>
/// The action of the `accounting` rule, after every measure fired: per district × episode level, the cut
/// against the baseline — the district's whole-society emissions (全社会排放总量) where the ruleset gives
/// them, else its listed enterprises' — and the target. An advisory-only (ozone) episode asks for no cut,
/// so it is not accounted and never flagged as short.
/// </summary>
internal static class AccountingAction
{
    public static void Fire(SessionRun run, Episode episode)
    {
        if (episode.AdvisoryOnly) return;
        var sink = run.SinkOf(episode.District);
        if (sink.Reductions.Any(r => r.Level == episode.Level)) return;
        if (!sink.Tallies.TryGetValue(episode, out var tally)) return;
        var totals = run.Plan.Model.Emissions.FirstOrDefault(e => e.District == episode.District)?.Totals ?? [];
        sink.Reductions.AddRange(tally.Rows(episode.District, episode.Level, run.Plan.Model.Targets, totals));
    }
}
