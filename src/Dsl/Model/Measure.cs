using System.Text.Json.Serialization;

namespace EmergencyDSS.Dsl.Model;

/// <summary>
/// One measure in a table cell or an enterprise's own plan (一厂一策).
/// Production kinds: Stop, Limit (Percent of output or of lines), Self (自主减排), Exempt, None, Stagger.
/// Transport kinds: Ban (trucks below MinStandard banned), NoRoad (no road transport).
/// </summary>
public sealed record Measure
{
    public required MeasureKind Kind { get; init; }
    public double? Percent { get; init; }
    public LimitBasis Basis { get; init; } = LimitBasis.Output;
    /// <summary>Lowest emission standard still allowed, e.g. 国五 (so 国四 and older are banned).</summary>
    public string? MinStandard { get; init; }
    /// <summary>Stagger hours, e.g. "22:00-06:00" for night-time VOCs work.</summary>
    public string? Hours { get; init; }
    /// <summary>Why (exempt reason, stagger reason).</summary>
    public string? Reason { get; init; }

    [JsonIgnore]
    public MeasureCategory Category => Kind is MeasureKind.Ban or MeasureKind.NoRoad
        ? MeasureCategory.Transport : MeasureCategory.Production;
}

public enum MeasureKind { Stop, Limit, Self, Exempt, None, Stagger, Ban, NoRoad }

public enum LimitBasis { Output, Lines }

public enum MeasureCategory { Production, Transport }
