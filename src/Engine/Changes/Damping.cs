using EmergencyDSS.Engine.Evaluation;

namespace EmergencyDSS.Engine.Changes;

/// <summary>
/// Damping of flapping forecasts (the ruleset's <c>damping N h</c> in <c>episodes</c>): a warning that was announced
/// (issued or changed) less than N hours ago and is still in force is not lifted by a forecast that shows its district
/// clean; it stands as last announced, with its measures, until a forecast arriving N hours after the announcement
/// still shows it clean. Raising, upgrading and extending are never damped (a late warning costs health); only the
/// lift waits, so alternating clean and polluted forecasts do not send each recipient an issue and a lift every time.
/// </summary>
public static class Damping
{
    /// <param name="announced">When each district's open warning was last announced (issued or changed).</param>
    /// <param name="held">The districts whose lift was held back.</param>
    public static DecisionSet Hold(DecisionSet? previous, DecisionSet current, IReadOnlyDictionary<string, DateTimeOffset> announced,
        DateTimeOffset now, int hours, out IReadOnlyList<string> held)
    {
        held = [];
        if (previous is null || hours <= 0) return current;
        var today = DateOnly.FromDateTime(now.DateTime);
        var warned = current.Warnings.Select(w => w.District).ToHashSet(StringComparer.Ordinal);
        var keep = previous.Warnings
            .Where(w => !warned.Contains(w.District) && w.End >= today
                        && announced.TryGetValue(w.District, out var at) && now - at < TimeSpan.FromHours(hours))
            .GroupBy(w => w.District, StringComparer.Ordinal).Select(g => g.First()).ToList();
        if (keep.Count == 0) return current;
        var districts = keep.Select(w => w.District).ToHashSet(StringComparer.Ordinal);
        held = [.. districts.Order(StringComparer.Ordinal)];
        var note = $"；预报好转，但距上次发布不足{hours}小时，按防反复规定暂维持原预警，待其后预报确认后解除";
        return current with
        {
            Warnings = current.Warnings.Concat(keep.Select(w => w with { Because = w.Because + note }))
                .OrderBy(w => w.District, StringComparer.Ordinal).ThenBy(w => w.Start).ToList(),
            Measures = current.Measures.Where(m => !districts.Contains(m.District))
                .Concat(previous.Measures.Where(m => districts.Contains(m.District)))
                .OrderBy(m => m.TargetKind, StringComparer.Ordinal).ThenBy(m => m.Target, StringComparer.Ordinal).ThenBy(m => m.Start)
                .ThenBy(m => m.Category, StringComparer.Ordinal).ThenBy(m => m.District, StringComparer.Ordinal).ThenBy(m => m.Rule, StringComparer.Ordinal)
                .ToList(),
        };
    }
}
