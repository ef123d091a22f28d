using EmergencyDSS.Dsl.Model;
using EmergencyDSS.Engine.Changes;
using EmergencyDSS.Engine.Compilation;
using EmergencyDSS.Engine.Evaluation;
using EmergencyDSS.Engine.Facts;
using EmergencyDSS.Notices.Lifecycle;

namespace EmergencyDSS.Notices.Replay;

/// <summary>
/// Runs a sequence of forecasts through the scheduler's lifecycle (<see cref="WarningLifecycle"/>) with an
/// in-memory store, as a duty desk would live it: each forecast is evaluated at its issue time, the notices due
/// by then have gone out, the change is planned, every proposal is approved at once and what is due is delivered.
/// Only notices a template is bound to are kept, as the scheduler stores only rendered notices.
/// </summary>
internal sealed class SeasonReplay(RuleModel model, CompiledPlan plan, NoticeRenderer renderer, IReadOnlyList<Enterprise> enterprises, IReadOnlyList<Site> sites)
{
    public async Task<ReplayTimeline> RunAsync(string ruleset, IReadOnlyList<(string Name, Forecast Forecast)> forecasts)
    {
        var store = new InMemoryWarningStore();
        var issues = new List<ReplayIssue>();
        var steps = new List<TimelineStep>();
        DecisionSet? previous = null;
        var ordered = forecasts.OrderBy(f => f.Forecast.IssuedAt).ThenBy(f => f.Name, StringComparer.Ordinal).ToList();
        // Evaluation does not depend on the lifecycle: the next forecast is evaluated (and its measures grouped for
        // the change classifier) on the other core while this one's change is planned.
        var next = ordered.Count > 0 ? Evaluate(ordered[0].Forecast) : null;
        for (var i = 0; i < ordered.Count; i++)
        {
            var (name, forecast) = ordered[i];
            var evaluated = await next!;
            next = i + 1 < ordered.Count ? Evaluate(ordered[i + 1].Forecast) : null;
            var now = forecast.IssuedAt;
            store.Now = now;
            store.Deliver(now);
            var step = await WarningLifecycle.AdvanceAsync(store, previous, evaluated, model.Episodes.DampingHours, now);
            var decisions = step.Decisions;
            // The renderer's order: the city's regional notices first (district warnings cite them), then the rest as planned.
            var bound = step.Plans.Where(p => p.TargetKind == "regional").Concat(step.Plans.Where(p => p.TargetKind != "regional"))
                .Where(p => renderer.Binds(p.Event, p.Subject)).ToList();
            var dispositions = NoticeDispositions.Assign(bound.Select(p => (p.Key, p.TargetKind, p.TargetName, p.Target, p.District, p.Event)), model, step.Warnings, now);
            var kept = store.Store(bound.Select((p, i) => (new NoticeAddress(p.TargetKind, p.District, p.Target), p.Event, p.Level, dispositions[i])), now);
            steps.AddRange(Steps(now, name, step, bound.Where((_, i) => kept[i]).ToList(), dispositions.Where((_, i) => kept[i]).ToList()));
            issues.Add(ReplayIssue.Of(now, name, decisions));
            previous = decisions;
            store.ApproveAll();
            store.Deliver(now);
        }
        var tally = SeasonTally.Count(issues, enterprises);
        return new ReplayTimeline(ruleset, issues, steps, tally, store.Warnings);
    }

    private Task<DecisionSet> Evaluate(Forecast forecast) => Task.Run(() =>
    {
        var decisions = plan.Evaluate(forecast, enterprises, sites, forecast.IssuedAt);
        ChangeClassifier.Prepare(decisions);
        return decisions;
    });

    private static IEnumerable<TimelineStep> Steps(DateTimeOffset now, string forecast, LifecycleStep step, IReadOnlyList<PlannedNotice> bound,
        IReadOnlyList<NoticeDisposition> dispositions)
    {
        var notices = bound.Select((p, i) => new TimelineNotice(p.TargetKind, p.Target, p.District, p.Event, p.Level, dispositions[i].Status, TimelineNotice.Content(p.Warning, p.Measures)))
            .GroupBy(n => n.District).ToDictionary(g => g.Key, g => g.OrderBy(n => n.TargetKind, StringComparer.Ordinal)
                .ThenBy(n => n.Target, StringComparer.Ordinal).ThenBy(n => n.Event, StringComparer.Ordinal).ToList(), StringComparer.Ordinal);
        var changes = step.Changes.Districts.Where(d => d.Kind != DistrictChangeKind.Unchanged).ToDictionary(d => d.District, StringComparer.Ordinal);
        foreach (var district in changes.Keys.Union(notices.Keys).Order(StringComparer.Ordinal))
        {
            var change = changes.GetValueOrDefault(district);
            var warning = change?.Current ?? change?.Previous;
            yield return new TimelineStep(now, forecast, district, change is null ? "notices" : Word(change.Kind), step.States.GetValueOrDefault(district),
                warning?.Level, warning?.Start, warning?.End, notices.GetValueOrDefault(district) ?? []);
        }
    }

    private static string Word(DistrictChangeKind kind) => kind switch
    {
        DistrictChangeKind.New => "issue",
        DistrictChangeKind.Upgraded => "upgrade",
        DistrictChangeKind.Downgraded => "downgrade",
        DistrictChangeKind.Extended => "extend",
        DistrictChangeKind.Shortened => "shorten",
        DistrictChangeKind.Lifted => "lift",
        _ => "unchanged",
    };
}
