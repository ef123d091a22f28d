using EmergencyDSS.Engine.Evaluation.Derived;
using EmergencyDSS.Engine.Rules;

namespace EmergencyDSS.Engine.Evaluation.Actions;

/// <summary>The action of the `accounting` rule, after every measure fired: per district × episode level, the cut against baseline and target.</summary>
internal static class AccountingAction
{
    public static void Fire(SessionRun run, Episode episode)
    {
        var sink = run.SinkOf(episode.District);
        if (sink.Reductions.Any(r => r.Level == episode.Level)) return;
        if (!sink.Tallies.TryGetValue(episode, out var tally)) return;
        sink.Reductions.AddRange(tally.Rows(episode.District, episode.Level, run.Plan.Model.Targets));
    }
}
