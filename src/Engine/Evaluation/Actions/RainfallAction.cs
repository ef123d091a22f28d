using System.Globalization;
using EmergencyDSS.Engine.Compilation;
using EmergencyDSS.Engine.Evaluation.Derived;
using EmergencyDSS.Engine.Facts;
using EmergencyDSS.Engine.Rules;

namespace EmergencyDSS.Engine.Evaluation.Actions;

/// <summary>The action of a `rainfall:NAME` rule: per episode day whose weather holds, request rainfall operations.</summary>
internal static class RainfallAction
{
    public static void Fire(SessionRun run, Dsl.Model.RainfallRule rule, Func<ForecastDay, IWarningLookup?, bool> weather, Episode episode)
    {
        foreach (var day in episode.Days.Where(d => weather(d, null)))
        {
            run.SinkOf(episode.District).Rainfall.Add(new RainfallRequestDecision
            {
                District = episode.District, Level = episode.Level, Date = day.Date, Requestee = rule.Requestee,
                Rule = $"rainfall:{rule.Name}", NeedsAirspaceApproval = rule.NeedsAirspaceApproval,
                Because = $"{episode.District}{Wording.Terms.Level(episode.Level, run.Plan.Model.Levels)}期间；{Wording.Terms.Date(day.Date)}预报相对湿度{Value(day.Rh)}%、云量{Value(day.CloudCover)}%、降水概率{Value(day.PrecipProb)}%，具备作业条件",
            });
        }
    }

    private static string Value(double? v) => v?.ToString(CultureInfo.InvariantCulture) ?? "-";
}
