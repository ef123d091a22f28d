using EmergencyDSS.Engine.Changes;
using EmergencyDSS.Scheduler.Store;
using Npgsql;

namespace EmergencyDSS.Scheduler.Jobs;

/// <summary>
/// Moves each district's warning through its lifecycle for one change set: new → Proposed (needs
/// approval) or Issued; amendments → Upgraded / Downgraded / Extended, or back to Proposed when the new
/// level needs approval; gone → Lifted. A warning still waiting for approval stays Proposed whatever happens.
/// </summary>
internal static class WarningTransitions
{
    public static async Task<Dictionary<string, WarningPlan>> ApplyAsync(NpgsqlConnection conn, NpgsqlTransaction tx, ChangeSet changes, long evaluationId, DateTimeOffset now)
    {
        var open = await WarningRecords.OpenByDistrictAsync(conn, tx);
        var plans = new Dictionary<string, WarningPlan>(StringComparer.Ordinal);
        foreach (var w in open.Values)
            plans[w.District] = new WarningPlan(w.Id, w.EpisodeStart, w.End, null, w.Status == WarningStatus.Proposed ? NoticeStatus.Rendered : NoticeStatus.Scheduled);
        foreach (var change in changes.Districts)
        {
            var existing = open.GetValueOrDefault(change.District);
            if (change.Kind == DistrictChangeKind.Unchanged) continue;
            if (change.Kind == DistrictChangeKind.Lifted || change.Current is null)
            {
                if (existing is null) continue;
                var neverIssued = existing.Status == WarningStatus.Proposed;
                await WarningRecords.UpdateAsync(conn, tx, existing.Id, null, WarningStatus.Lifted, evaluationId, now);
                if (neverIssued)
                    await Sql.ExecAsync(conn, tx, "update notices set status = 'Withdrawn', updated_at = @now where warning_id = @id and status = 'Rendered'",
                        ("now", now), ("id", existing.Id));
                await AuditLog.AppendAsync(conn, tx, now, "scheduler", "warning", existing.Id, WarningStatus.Lifted, $"{change.District} {existing.Level}");
                plans[change.District] = new WarningPlan(existing.Id, existing.EpisodeStart, existing.End, null,
                    neverIssued ? NoticeStatus.Withdrawn : NoticeStatus.Scheduled);
                continue;
            }
            var w = change.Current;
            var needsApproval = w.Approver is not null;
            string status;
            long id;
            DateOnly episodeStart;
            if (existing is null)
            {
                status = needsApproval ? WarningStatus.Proposed : WarningStatus.Issued;
                id = await WarningRecords.InsertAsync(conn, tx, w, status, evaluationId, now);
                episodeStart = w.Start;
            }
            else
            {
                var reapprove = needsApproval && change.Kind is DistrictChangeKind.Upgraded or DistrictChangeKind.Downgraded;
                status = existing.Status == WarningStatus.Proposed || reapprove ? WarningStatus.Proposed : AfterChange(change.Kind);
                id = existing.Id;
                episodeStart = existing.EpisodeStart;
                await WarningRecords.UpdateAsync(conn, tx, id, w, status, evaluationId, now);
            }
            await AuditLog.AppendAsync(conn, tx, now, "scheduler", "warning", id, status, $"{w.District} {w.Level} {w.Start:yyyy-MM-dd}..{w.End:yyyy-MM-dd} ({change.Kind})");
            plans[change.District] = new WarningPlan(id, episodeStart, w.End, w.IssueBy,
                status == WarningStatus.Proposed ? NoticeStatus.Rendered : NoticeStatus.Scheduled);
        }
        return plans;
    }

    private static string AfterChange(DistrictChangeKind kind) => kind switch
    {
        DistrictChangeKind.Upgraded => WarningStatus.Upgraded,
        DistrictChangeKind.Downgraded or DistrictChangeKind.Shortened => WarningStatus.Downgraded,
        DistrictChangeKind.Extended => WarningStatus.Extended,
        _ => WarningStatus.Issued,
    };
}
