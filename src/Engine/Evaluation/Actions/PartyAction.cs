using EmergencyDSS.Dsl.Model;
using EmergencyDSS.Engine.Compilation;
using EmergencyDSS.Engine.Evaluation.Derived;
using EmergencyDSS.Engine.Facts;
using EmergencyDSS.Engine.Rules;

namespace EmergencyDSS.Engine.Evaluation.Actions;

/// <summary>
/// The action of a named-party rule `rule:NAME` (e.g. the airport): its `when` over warnings, weather
/// and calendar, per district-day, once every district's episodes are known; each run of
/// consecutive days on which it holds is one action for the party.
/// </summary>
internal static class PartyAction
{
    public static void Fire(SessionRun run, PartyRule rule, Func<ForecastDay, IWarningLookup?, bool> when, DistrictSeries series, WarningLookup warnings)
    {
        var days = new List<ForecastDay>();
        foreach (var day in series.Days)
        {
            var holds = when(day, warnings);
            if (days.Count > 0 && (!holds || days[^1].Date.DayNumber + 1 != day.Date.DayNumber))
            {
                Emit(run, rule, series.District, days, warnings);
                days.Clear();
            }
            if (holds) days.Add(day);
        }
        Emit(run, rule, series.District, days, warnings);
    }

    private static void Emit(SessionRun run, PartyRule rule, string district, List<ForecastDay> days, WarningLookup lookup)
    {
        if (days.Count == 0) return;
        var plan = run.Plan;
        var rank = days.Max(d => lookup.RankOn(district, d.Date));
        run.SinkOf(district).OtherMeasures.Add(new MeasureDecision
        {
            TargetKind = "party", Target = rule.Party, TargetName = rule.Party, District = district,
            Level = rank > 0 ? plan.LevelId(rank) : "none", Category = "other", Kind = "action", Text = rule.Action,
            Start = plan.At(days[0].Date, TimeOnly.MinValue), End = plan.At(days[^1].Date.AddDays(1), TimeOnly.MinValue),
            Rule = $"rule:{rule.Name}",
            Because = Wording.Provisions.PartyReason(rule.Name, district, days.Select(d => (d.Date, d.WindDir)), TriggerText.Of(rule.When)),
        });
    }

    /// <summary>The districts a rule's condition names (`warning >= L in D`): it is evaluated on those districts' days only.</summary>
    public static HashSet<string> NamedDistricts(Condition condition) => condition switch
    {
        WarningAtLeast { District: { } d } => [d],
        AndCondition a => a.Parts.Select(NamedDistricts).FirstOrDefault(s => s.Count > 0) ?? [],
        _ => [],
    };
}
