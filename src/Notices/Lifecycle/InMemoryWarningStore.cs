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
        public DateTimeOffset AnnouncedAt { get; set; }
    }

    private sealed record StoredNotice(NoticeAddress Address, long? WarningId, string Event, DateTimeOffset Due)
    {
        public required string Status { get; set; }
    }

    private readonly List<Warning> _warnings = [];
    private readonly Dictionary<NoticeAddress, List<StoredNotice>> _byAddress = [];
    private readonly Dictionary<long, List<StoredNotice>> _byWarning = [];
    private readonly Dictionary<(NoticeAddress, string, string, DateOnly, DateOnly, long?), StoredNotice> _keys = [];
    private List<StoredNotice> _pending = [];

    public Task<IReadOnlyDictionary<string, OpenWarning>> OpenWarningsAsync() =>
        Task.FromResult<IReadOnlyDictionary<string, OpenWarning>>(_warnings.Where(w => WarningState.IsOpen(w.Status))
            .ToDictionary(w => w.District, w => new OpenWarning(w.Id, w.District, w.Level, w.Status, w.EpisodeStart, w.End, w.AnnouncedAt), StringComparer.Ordinal));

    /// <summary>The time of the step being planned (the scheduler's clock; replay sets each forecast's issue time).</summary>
    public DateTimeOffset Now { get; set; }

    public Task<long> OpenAsync(WarningDecision warning, string status, string detail)
    {
        var w = new Warning(_warnings.Count + 1, warning.District, warning.Level, status, warning.Start, warning.End) { AnnouncedAt = Now };
        _warnings.Add(w);
        return Task.FromResult(w.Id);
    }

    public Task MoveAsync(long id, WarningDecision? warning, string status, string detail)
    {
        var w = _warnings[(int)id - 1];
        w.Status = status;
        w.AnnouncedAt = Now;
        if (warning is not null) (w.Level, w.End) = (warning.Level, warning.End);
        return Task.CompletedTask;
    }

    public Task WithdrawAwaitingApprovalAsync(long warningId)
    {
        foreach (var n in _byWarning.GetValueOrDefault(warningId) ?? []) if (n.Status == NoticeState.Rendered) n.Status = NoticeState.Withdrawn;
        return Task.CompletedTask;
    }

    public Task WithdrawUnsentAsync(IReadOnlyList<NoticeAddress> recipients)
    {
        foreach (var address in recipients)
            foreach (var n in _byAddress.GetValueOrDefault(address) ?? []) if (NoticeState.IsUnsent(n.Status)) n.Status = NoticeState.Withdrawn;
        return Task.CompletedTask;
    }

    public Task<IReadOnlySet<NoticeAddress>> ReceivedAsync(IReadOnlyList<NoticeAddress> recipients)
    {
        IReadOnlySet<NoticeAddress> received = recipients.Where(a => (_byAddress.GetValueOrDefault(a) ?? [])
            .Any(n => NoticeState.IsReceived(n.Status) && n.WarningId is { } id && WarningState.IsOpen(_warnings[(int)id - 1].Status))).ToHashSet();
        return Task.FromResult(received);
    }

    /// <summary>
    /// Stores the notices of a step as the scheduler does (in render order) and says which were kept: like the notices
    /// table's unique key (recipient, event, level, episode start and end, warning, among notices not withdrawn), a notice
    /// identical to one stored before and still standing is not stored again; one identical to a withdrawn notice is.
    /// </summary>
    public IReadOnlyList<bool> Store(IEnumerable<(NoticeAddress Address, string Event, string Level, NoticeDisposition Disposition)> notices, DateTimeOffset now)
    {
        var kept = new List<bool>();
        foreach (var (address, ev, level, d) in notices)
        {
            var today = DateOnly.FromDateTime(now.DateTime);
            var key = (address, ev, level, d.Warning?.EpisodeStart ?? today, d.Warning?.End ?? today, d.Warning?.Id);
            if (_keys.TryGetValue(key, out var earlier) && earlier.Status != NoticeState.Withdrawn)
            {
                kept.Add(false);
                continue;
            }
            kept.Add(true);
            var n = _keys[key] = new StoredNotice(address, d.Warning?.Id, ev, d.Due) { Status = d.Status };
            (_byAddress.TryGetValue(address, out var same) ? same : _byAddress[address] = []).Add(n);
            if (n.WarningId is { } id) (_byWarning.TryGetValue(id, out var its) ? its : _byWarning[id] = []).Add(n);
            if (n.Status == NoticeState.Scheduled) _pending.Add(n);
        }
        return kept;
    }

    /// <summary>Approves every Proposed warning: its waiting notices are Scheduled and it takes the state of its latest warning notice's event.</summary>
    public void ApproveAll()
    {
        foreach (var w in _warnings.Where(w => w.Status == WarningState.Proposed))
        {
            var waiting = (_byWarning.GetValueOrDefault(w.Id) ?? []).Where(n => n.Status == NoticeState.Rendered).ToList();
            var ev = waiting.Where(n => n.Address.TargetKind == "warning").LastOrDefault()?.Event ?? waiting.LastOrDefault()?.Event;
            foreach (var n in waiting) n.Status = NoticeState.Scheduled;
            w.AnnouncedAt = Now;
            _pending.AddRange(waiting);
            w.Status = WarningState.AfterEvent(ev ?? "issue");
        }
    }

    /// <summary>Delivers every Scheduled notice due by <paramref name="now"/>; what a closed warning no longer announces is Withdrawn instead.</summary>
    public void Deliver(DateTimeOffset now)
    {
        var later = new List<StoredNotice>();
        foreach (var n in _pending.Where(n => n.Status == NoticeState.Scheduled))
        {
            if (n.Due > now) later.Add(n);
            else n.Status = n.WarningId is { } id && !WarningState.IsOpen(_warnings[(int)id - 1].Status) && n.Event != "lift"
                ? NoticeState.Withdrawn : NoticeState.Delivered;
        }
        _pending = later;
    }

    /// <summary>Each warning's district, level and state, in the order they were opened.</summary>
    public IReadOnlyList<(long Id, string District, string Level, string Status)> Warnings =>
        _warnings.Select(w => (w.Id, w.District, w.Level, w.Status)).ToList();
}
