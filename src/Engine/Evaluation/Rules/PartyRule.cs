using EmergencyDSS.Dsl.Model;
using EmergencyDSS.Engine.Compilation;
using EmergencyDSS.Engine.Evaluation.Derived;
using EmergencyDSS.Engine.Facts;
using EmergencyDSS.Engine.Network;

namespace EmergencyDSS.Engine.Evaluation.Rules;

/// <summary>
/// Named-party rules (e.g. the airport): `when` over warnings, weather and calendar, per district-day,
/// after every episode is known. A rule naming districts is evaluated on those districts' days only.
/// </summary>
internal sealed class PartyRule : ProductionRule<DistrictSeries>
{
    public override string Name => "named-parties";
    public override int Salience => Rules.Salience.NamedParties;

    protected override void Match(DistrictSeries fact, WorkingMemory memory, Agenda agenda) => agenda.Add(new Activation(this, fact));

    public override void Fire(Activation activation, Session session)
    {
        var series = (DistrictSeries)activation.Fact;
        var lookup = new WarningLookup(session.Memory, session.Plan);
        foreach (var (rule, when) in session.Plan.Parties)
        {
            var named = NamedDistricts(rule.When);
            if (named.Count > 0 && !named.Contains(series.District)) continue;
            var run = new List<ForecastDay>();
            foreach (var day in series.Days)
            {
                var holds = when(day, lookup);
                if (run.Count > 0 && (!holds || run[^1].Date.DayNumber + 1 != day.Date.DayNumber))
                {
                    Emit(rule, series.District, run, lookup, session);
                    run.Clear();
                }
                if (holds) run.Add(day);
            }
            Emit(rule, series.District, run, lookup, session);
        }
    }

    private static void Emit(Dsl.Model.PartyRule rule, string district, List<ForecastDay> run, WarningLookup lookup, Session session)
    {
        if (run.Count == 0) return;
        var plan = session.Plan;
        var rank = run.Max(d => lookup.RankOn(district, d.Date));
        session.Sink.OtherMeasures.Add(new MeasureDecision
        {
            TargetKind = "party", Target = rule.Party, TargetName = rule.Party, District = district,
            Level = rank > 0 ? plan.LevelId(rank) : "none", Category = "other", Kind = "action", Text = rule.Action,
            Start = plan.At(run[0].Date, TimeOnly.MinValue), End = plan.At(run[^1].Date.AddDays(1), TimeOnly.MinValue),
            Rule = $"rule:{rule.Name}",
            Because = Wording.Provisions.PartyReason(rule.Name, district, run.Select(d => (d.Date, d.WindDir)), TriggerText.Of(rule.When)),
        });
    }

    private static HashSet<string> NamedDistricts(Condition condition) => condition switch
    {
        WarningAtLeast { District: { } d } => [d],
        AndCondition a => a.Parts.Select(NamedDistricts).FirstOrDefault(s => s.Count > 0) ?? [],
        _ => [],
    };
}
