using EmergencyDSS.Engine.Evaluation;

namespace EmergencyDSS.Notices;

/// <summary>
/// What one notice is about, before rendering: a recipient, an event, the template subject and the
/// decisions it reports. Measures are empty for warning and rainfall notices.
/// </summary>
public sealed record PlannedNotice
{
    /// <summary>The district of notices the city issues itself (regional warnings, traffic 通告 of a zone).</summary>
    public const string City = "市级";

    /// <summary>warning | regional | enterprise | site | zone | advisory | rainfall | party | stagger (an
    /// enterprise's calendar 错峰生产 period; the target is <c>{enterprise id}-{calendar}-{first day}</c>) | supervision
    /// (a 督办通知 to an enterprise on the supervision list; the target is its credit code).</summary>
    public required string TargetKind { get; init; }
    public required string Target { get; init; }
    public required string TargetName { get; init; }
    public required string District { get; init; }
    /// <summary>Who the notice is addressed to (主送): the target itself, or the public for 通告.</summary>
    public string? Recipient { get; init; }
    /// <summary>issue | upgrade | downgrade | extend | lift | supervise.</summary>
    public required string Event { get; init; }
    /// <summary>Template subject: warning, stop, limit, self, exempt, none, stagger, ban, no-road,
    /// construction, traffic, advisory, rainfall, party.</summary>
    public required string Subject { get; init; }
    /// <summary>Level id of the notice (the episode's, or the measure's).</summary>
    public required string Level { get; init; }
    public WarningDecision? Warning { get; init; }
    public IReadOnlyList<MeasureDecision> Measures { get; init; } = [];
    public AdvisoryDecision? Advisory { get; init; }
    public RainfallRequestDecision? Rainfall { get; init; }
    public RegionalWarningDecision? Regional { get; init; }
    /// <summary>A 督办通知 (target kind <c>supervision</c>, event and subject <c>supervise</c>): why the enterprise is on the supervision list.</summary>
    public SupervisionCase? Supervision { get; init; }
    /// <summary>A district warning's annex: the measures of every listed enterprise of the district.</summary>
    public IReadOnlyList<MeasureDecision> Annex { get; init; } = [];
    /// <summary>The warning this notice changes (upgrade, downgrade, extend, lift), from the previous decisions.</summary>
    public WarningDecision? Previous { get; init; }
    /// <summary>The approver has signed off (the scheduler sets this when it re-renders an approved warning's notices).</summary>
    public bool Approved { get; init; }

    /// <summary>GB/T 9704 form: 文件 for warnings, 通告 to the public, 函 for requests, 通知 for measures.</summary>
    public string DocumentKind => TargetKind switch
    {
        "warning" or "regional" => "文件",
        "zone" or "advisory" => "通告",
        "rainfall" or "party" => "函",
        _ => "通知",
    };

    /// <summary>0, or the position of the level segment a planned level change inside one forecast announces.</summary>
    public int Step { get; init; }
    /// <summary>For a planned level change (<see cref="Step"/> &gt; 0): the first day it is in force.</summary>
    public DateOnly? EffectiveFrom { get; init; }

    /// <summary>Stable key used for numbering and the acknowledgment code (a planned level change adds its first day).</summary>
    public string Key => Step == 0 ? $"{TargetKind}:{District}:{Target}:{Event}" : $"{TargetKind}:{District}:{Target}:{Event}@{EffectiveFrom:yyyyMMdd}";

    /// <summary>
    /// Key of this document for its 文号: the target and event, and the level and dates it announces. Every document
    /// gets its own number (a second upgrade of one episode, or a warning raised again after a lift, is a new
    /// document); the same decisions planned again keep theirs. Starts with <see cref="EventKey"/> and a colon.
    /// </summary>
    public string NumberKey => $"{Key}:{Level}:{Span}";

    private string Span
    {
        get
        {
            if ((Warning ?? Previous) is { } w) return $"{w.Start:yyyyMMdd}-{w.End:yyyyMMdd}";
            if (Regional is { } r) return $"{r.Start:yyyyMMdd}-{r.End:yyyyMMdd}";
            if (Supervision is { } s) return $"{s.ListedOn:yyyyMMdd}";
            if (Measures.Count > 0) return $"{Measures.Min(m => m.Start):yyyyMMddHHmm}-{Measures.Max(m => m.End):yyyyMMddHHmm}";
            if (Advisory is { } a) return $"{a.Start:yyyyMMddHHmm}-{a.End:yyyyMMddHHmm}";
            return Rainfall is { } f ? $"{f.Date:yyyyMMdd}" : "";
        }
    }

    /// <summary>Key the caller uses to pick the event of a target: <c>{target_kind}:{district}:{target}</c>
    /// (a warning's target is its district).</summary>
    public static string EventKey(string targetKind, string district, string target) => $"{targetKind}:{district}:{target}";
}
