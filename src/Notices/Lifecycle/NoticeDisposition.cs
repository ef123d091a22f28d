using EmergencyDSS.Dsl.Model;

namespace EmergencyDSS.Notices.Lifecycle;

/// <summary>One notice to store after a lifecycle step: the warning it belongs to, its state, and when it is due.</summary>
internal sealed record NoticeDisposition(string Key, string District, WarningPlan? Warning, string Status, DateTimeOffset Due);

/// <summary>
/// Where each notice of a step goes: to its district's warning, or — for the city's own notices (a regional
/// warning, a zone's traffic 通告) — to the warning of the first district they cover, so they wait for its
/// approval. Notices are due with their district's batch: when the first notice's warning is to be issued
/// (its <c>issue_by</c>), else now. A lift with no open warning behind it (rejected, or never raised) announces nothing.
/// </summary>
internal static class NoticeDispositions
{
    /// <param name="notices">In the order they were rendered (regional first).</param>
    public static IReadOnlyList<NoticeDisposition> Assign(IEnumerable<(string Key, string TargetKind, string TargetName, string Target, string District, string Event)> notices,
        RuleModel model, IReadOnlyDictionary<string, WarningPlan> warnings, DateTimeOffset now)
    {
        var due = new Dictionary<string, DateTimeOffset>(StringComparer.Ordinal);
        var result = new List<NoticeDisposition>();
        foreach (var n in notices)
        {
            var warning = warnings.GetValueOrDefault(n.District) ?? CoveringWarning(n.District, n.TargetKind, n.TargetName, n.Target, model, warnings);
            if (!due.TryGetValue(n.District, out var at)) due[n.District] = at = warning?.IssueBy ?? now;
            var status = warning?.NoticeStatus ?? (n.Event == "lift" ? NoticeState.Withdrawn : NoticeState.Scheduled);
            result.Add(new NoticeDisposition(n.Key, n.District, warning, status, at));
        }
        return result;
    }

    private static WarningPlan? CoveringWarning(string district, string targetKind, string targetName, string target, RuleModel model,
        IReadOnlyDictionary<string, WarningPlan> warnings)
    {
        if (district != PlannedNotice.City) return null;
        var name = targetKind == "regional" ? targetName : target.Split('（')[0];
        var districts = model.Regions.FirstOrDefault(r => r.Name == name)?.Districts
                        ?? model.Zones.FirstOrDefault(z => z.Name == name)?.Districts ?? [];
        return districts.Order(StringComparer.Ordinal).Select(d => warnings.GetValueOrDefault(d)).FirstOrDefault(w => w is not null);
    }
}
