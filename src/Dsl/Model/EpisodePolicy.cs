namespace EmergencyDSS.Dsl.Model;

/// <summary>How warning days become episodes, and when they are issued and lifted.</summary>
public sealed record EpisodePolicy
{
    /// <summary>Lift when the forecast stays below the lowest level for at least this many hours;
    /// shorter clean gaps merge two episodes into one at the stricter level.</summary>
    public int LiftAfterHours { get; init; } = 36;
    /// <summary>A warning is issued at least this many hours before it takes effect.</summary>
    public int LeadTimeHours { get; init; } = 24;
    /// <summary>Local time of day a warning starts on its first day (normally 00:00).</summary>
    public TimeOnly StartTime { get; init; } = new(0, 0);
    /// <summary>Stages are cumulative (GRAP): every lower level's measures stay in force.</summary>
    public bool Cumulative { get; init; }
    /// <summary>Episodes whose primary pollutant is one of these get advisories only, no production
    /// cuts (O3 under the 2024 guidance).</summary>
    public IReadOnlyList<string> AdvisoryOnlyPollutants { get; init; } = [];
    /// <summary>Damping of flapping forecasts: a warning announced less than this many hours ago is not lifted by a
    /// clean forecast (0: no damping). Raising is never damped.</summary>
    public int DampingHours { get; init; }
    /// <summary>Kept empty for the model's JSON shape: `rebroadcast` is reported (DSS0135) and ignored.</summary>
    public IReadOnlyList<LevelHours> RebroadcastHours { get; init; } = [];
}

public sealed record LevelHours(string Level, int Hours);
