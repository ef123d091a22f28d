using EmergencyDSS.Dsl.Model;

namespace EmergencyDSS.Engine.Facts;

/// <summary>One row of the emergency reduction list (应急减排清单), validated.</summary>
public sealed record Enterprise
{
    /// <summary>Unified social credit code (统一社会信用代码), checksum-valid.</summary>
    public required string Id { get; init; }
    public required string Name { get; init; }
    public required string District { get; init; }
    public required string Industry { get; init; }
    public required string Grade { get; init; }
    public bool Livelihood { get; init; }
    public bool BulkTransport { get; init; }
    /// <summary>Heavy diesel truck trips a day (日使用重型柴油车辆次); 0 when not given. Transport rules
    /// with `for heavy trucks >= N` apply from N (20 makes a 重点用车单位).</summary>
    public int HeavyTrucksPerDay { get; init; }
    /// <summary>Baseline emissions, tonnes per year.</summary>
    public double So2T { get; init; }
    public double NoxT { get; init; }
    public double PmT { get; init; }
    public double VocsT { get; init; }
    /// <summary>This enterprise's own measures (一厂一策) per level, from measure_&lt;level&gt; columns;
    /// they override the industry table.</summary>
    public IReadOnlyList<MeasureCell> OwnMeasures { get; init; } = [];
    public string? Contact { get; init; }
    public string? Phone { get; init; }
    public string? Email { get; init; }
    public string? Webhook { get; init; }

    /// <summary>Baseline of one emission pollutant (SO2, NOx, PM, VOCs).</summary>
    public double Baseline(string pollutant) => pollutant switch
    {
        "SO2" => So2T,
        "NOx" => NoxT,
        "PM" => PmT,
        "VOCs" => VocsT,
        _ => throw new ArgumentOutOfRangeException(nameof(pollutant), pollutant, "not an emission pollutant"),
    };
}
