using EmergencyDSS.Engine.Evaluation;

namespace EmergencyDSS.Notices.Lifecycle;

/// <summary>
/// Replay's warning store: the scheduler's warnings and notices tables in memory, with the two things that
/// happen between forecasts done the way a duty desk would — every proposal approved at once
/// (<see cref="ApproveAll"/>, as <c>POST /api/warnings/{id}/approve</c>) and every notice delivered when due
/// (<see cref="Deliver"/>, as the delivery job: what a lifted or rejected warning no longer announces is withdrawn).
/// </summary>
internal sealed class InMemoryWarningStore : IWarningStore
{
    private sealed class Warning(long id, string district, string level, string status, DateOnly episodeStart, DateOnly end)
    {
        public long Id { get; } = id;
        public string District { get; } = district;
        public string Level { get; set; } = level;
        public string Status { get; set; } = status;
        public DateOnly EpisodeStart { get; } = episodeStart;
        public DateOnly End { get; set; } = end;
    }

    private sealed record StoredNotice(NoticeAddress Address, long? WarningId, string Event, DateTimeOffset Due)
    {
        public required string Status { get; set; }
    }

    private readonly List<Warning> _warnings = [];
    private readonly List<StoredNotice> _notices = [];

    public Task<IReadOnlyDictionary<string, OpenWarning>> OpenWarningsAsync() =>
        Task.FromResult<IReadOnlyDictionary<string, OpenWarning>>(_warnings.Where(w => WarningState.IsOpen(w.Status))
            .ToDictionary(w => w.District, w => new OpenWarning(w.Id, w.District, w.Level, w.Status, w.EpisodeStart, w.End), StringComparer.Ordinal));

    public Task<long> OpenAsync(WarningDecision warning, string status, string detail)
    {
        var w = new Warning(_warnings.Count + 1, warning.District, warning.Level, status, warning.Start, warning.End);
        _warnings.Add(w);
        return Task.FromResult(w.Id);
    }

    public Task MoveAsync(long id, WarningDecision? warning, string status, string detail)
    {
        var w = _warnings[(int)id - 1];
        w.Status = status;
        if (warning is not null) (w.Level, w.End) = (warning.Level, warning.End);
        return Task.CompletedTask;
    }

    public Task WithdrawAwaitingApprovalAsync(long warningId)
    {
        foreach (var n in _notices.Where(n => n.WarningId == warningId && n.Status == NoticeState.Rendered)) n.Status = NoticeState.Withdrawn;
        return Task.CompletedTask;
    }

    public Task WithdrawUnsentAsync(IReadOnlyList<NoticeAddress> recipients)
    {
        var set = recipients.ToHashSet();
        foreach (var n in _notices.Where(n => NoticeState.IsUnsent(n.Status) && set.Contains(n.Address))) n.Status = NoticeState.Withdrawn;
        return Task.CompletedTask;
    }

    public Task<IReadOnlySet<NoticeAddress>> ReceivedAsync(IReadOnlyList<NoticeAddress> recipients)
    {
        var set = recipients.ToHashSet();
        IReadOnlySet<NoticeAddress> received = _notices
            .Where(n => NoticeState.IsReceived(n.Status) && set.Contains(n.Address) && n.WarningId is { } id && WarningState.IsOpen(_warnings[(int)id - 1].Status))
            .Select(n => n.Address).ToHashSet();
        return Task.FromResult(received);
    }

    /// <summary>Stores the notices of a step as the scheduler does (in render order).</summary>
    public void Store(IEnumerable<(NoticeAddress Address, string Event, NoticeDisposition Disposition)> notices)
    {
        foreach (var (address, ev, d) in notices) _notices.Add(new StoredNotice(address, d.Warning?.Id, ev, d.Due) { Status = d.Status });
    }

    /// <summary>Approves every Proposed warning: its waiting notices are Scheduled and it takes the state of its latest warning notice's event.</summary>
    public void ApproveAll()
    {
        foreach (var w in _warnings.Where(w => w.Status == WarningState.Proposed))
        {
            var waiting = _notices.Where(n => n.WarningId == w.Id && n.Status == NoticeState.Rendered).ToList();
            var ev = waiting.Where(n => n.Address.TargetKind == "warning").LastOrDefault()?.Event ?? waiting.LastOrDefault()?.Event;
            foreach (var n in waiting) n.Status = NoticeState.Scheduled;
            w.Status = WarningState.AfterEvent(ev ?? "issue");
        }
    }

    /// <summary>Delivers every Scheduled notice due by <paramref name="now"/>; what a closed warning no longer announces is Withdrawn instead.</summary>
    public void Deliver(DateTimeOffset now)
    {
        foreach (var n in _notices.Where(n => n.Status == NoticeState.Scheduled && n.Due <= now))
            n.Status = n.WarningId is { } id && !WarningState.IsOpen(_warnings[(int)id - 1].Status) && n.Event != "lift"
                ? NoticeState.Withdrawn : NoticeState.Delivered;
    }

    /// <summary>Each warning's district, level and state, in the order they were opened.</summary>
    public IReadOnlyList<(long Id, string District, string Level, string Status)> Warnings =>
        _warnings.Select(w => (w.Id, w.District, w.Level, w.Status)).ToList();
}
