using EmergencyDSS.Notices;
using EmergencyDSS.Notices.Lifecycle;

namespace EmergencyDSS.Scheduler.Store;

/// <summary>
/// The scheduler's 文号 keys carry the district's warning: a notice planned again for the same warning (re-planned after a
/// crash, or replacing a withdrawn one) keeps its number, but the same target, event, level and dates announced again
/// after the warning was lifted and raised anew is a new document with a number of its own (two recipients' documents
/// never share a 文号; found by <c>KillLoopTests</c> with <c>DSS_FAULT_CYCLES=2</c>). The city's notices (regional
/// warnings, traffic 通告) are scoped by the oldest warning standing in the step: once every district was lifted and
/// warns anew, that is a new one too. Notices of a district without a warning (错峰, 督办) keep the plain key.
/// </summary>
internal sealed class WarningScopedNumbers(INoticeNumberSource inner, IReadOnlyDictionary<string, WarningPlan> warnings) : INoticeNumberSource
{
    private readonly long? _oldest = warnings.Count == 0 ? null : warnings.Values.Min(w => w.Id);

    public int NumberFor(string prefix, int year, string noticeKey)
    {
        // Keys are `kind:district:target:event…` (PlannedNotice.NumberKey).
        var parts = noticeKey.Split(':', 3);
        if (parts.Length < 3) return inner.NumberFor(prefix, year, noticeKey);
        if (warnings.TryGetValue(parts[1], out var warning)) return inner.NumberFor(prefix, year, $"{noticeKey}#w{warning.Id}");
        return parts[1] == PlannedNotice.City && _oldest is { } oldest
            ? inner.NumberFor(prefix, year, $"{noticeKey}#c{oldest}")
            : inner.NumberFor(prefix, year, noticeKey);
    }

    public int? LastIssued(string prefix, int year, string keyPrefix) => inner.LastIssued(prefix, year, keyPrefix);
}
