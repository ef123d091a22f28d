using System.Globalization;
using EmergencyDSS.Engine.Evaluation.Derived;
using EmergencyDSS.Engine.Network;

namespace EmergencyDSS.Engine.Evaluation.Rules;

/// <summary>Per episode day: request rainfall operations where the level is listed and the weather holds.</summary>
internal sealed class RainfallRule : ProductionRule<Episode>
{
    public override string Name => "rainfall";
    public override int Salience => Rules.Salience.Measures;

    protected override void Match(Episode fact, WorkingMemory memory, Agenda agenda)
    {
        if (!fact.AdvisoryOnly) agenda.Add(new Activation(this, fact));
    }

    public override void Fire(Activation activation, Session session)
    {
        var episode = (Episode)activation.Fact;
        foreach (var (rule, weather) in session.Plan.Rainfall)
        {
            if (!session.Plan.Applies(rule.Levels, episode.Rank)) continue;
            foreach (var day in episode.Days.Where(d => weather(d, null)))
            {
                session.Insert(new RainfallRequestDecision
                {
                    District = episode.District, Level = episode.Level, Date = day.Date, Requestee = rule.Requestee,
                    Rule = $"rainfall:{rule.Name}", NeedsAirspaceApproval = rule.NeedsAirspaceApproval,
                    Because = $"{episode.District}{Wording.Terms.Level(episode.Level, session.Plan.Model.Levels)}期间；{Wording.Terms.Date(day.Date)}预报相对湿度{Value(day.Rh)}%、云量{Value(day.CloudCover)}%、降水概率{Value(day.PrecipProb)}%，具备作业条件",
                }, episode.District);
            }
        }
    }

    private static string Value(double? v) => v?.ToString(CultureInfo.InvariantCulture) ?? "-";
}
