using EmergencyDSS.Engine.Compilation;

namespace EmergencyDSS.Engine.Evaluation.Derived;

/// <summary>
/// What one forecast day means for a district once the regional floors are known: the level it carries
/// (0: no warning), whether that is only an advisory-only warning (its own episode of an advisory-only
/// pollutant, e.g. O3), the regional level that warns it when the region is what puts it there, and the
/// primary pollutant behind it (the region's on a day the region warns).
/// </summary>
internal readonly record struct DayStanding(int Rank, bool Advisory, RegionalLevel? Region, string Pollutant)
{
    /// <summary>Per day of <paramref name="levels"/>: its own triggers, then the highest regional floor above them.</summary>
    public static DayStanding[] Of(PlanContext plan, DistrictLevels levels, RegionalFloors floors)
    {
        var days = levels.Series.Days;
        var standings = new DayStanding[days.Length];
        for (var i = 0; i < days.Length; i++)
        {
            var own = levels.Ranks[i];
            var tier = own > 0 && plan.LevelsByRank[own]!.AdvisoryOnly;
            var advisoryPollutant = plan.AdvisoryOnlyPollutants.Contains(days[i].PrimaryPollutant);
            var warns = own > 0 && !tier && !advisoryPollutant ? own : 0;
            var floor = 0;
            RegionalLevel? region = null;
            foreach (var regional in floors.Levels)
                if (regional.Ranks.TryGetValue(days[i].Date, out var f) && f > floor) (floor, region) = (f, regional);
            standings[i] = floor > warns ? new DayStanding(floor, false, region, region!.Pollutants[days[i].Date])
                : warns > 0 ? new DayStanding(warns, false, null, days[i].PrimaryPollutant)
                : own > 0 && !tier ? new DayStanding(own, true, null, days[i].PrimaryPollutant)
                : new DayStanding(0, false, null, days[i].PrimaryPollutant);
        }
        return standings;
    }

    public bool Warned => Rank > 0;
}
