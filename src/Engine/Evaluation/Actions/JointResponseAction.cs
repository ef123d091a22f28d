using EmergencyDSS.Dsl.Model;
using EmergencyDSS.Engine.Evaluation.Derived;
using EmergencyDSS.Engine.Rules;

namespace EmergencyDSS.Engine.Evaluation.Actions;

/// <summary>
/// The action of a `neighbours:DISTRICT--CITY` rule (an episode, not advisory-only, in a district linked
/// to a neighbour outside the ruleset, e.g. 合川区 -- 广安市): a joint-response request (联防联控) to the
/// neighbour's ecology bureau for the episode's days — a `party` measure, so it goes out as a 函 with the
/// party template and follows the episode's changes like any party's.
/// </summary>
internal static class JointResponseAction
{
    public static string RuleId(string district, string neighbour) => $"neighbours:{district}--{neighbour}";

    /// <summary>The (district, neighbour) pairs a ruleset links: one side a district, the other outside the ruleset.</summary>
    public static IEnumerable<(string District, string Neighbour)> Links(RuleModel model)
    {
        var districts = model.Districts.ToHashSet(StringComparer.Ordinal);
        foreach (var link in model.Neighbours)
        {
            if (districts.Contains(link.A) && !districts.Contains(link.B)) yield return (link.A, link.B);
            else if (districts.Contains(link.B) && !districts.Contains(link.A)) yield return (link.B, link.A);
        }
    }

    public static void Fire(SessionRun run, string neighbour, Episode episode)
    {
        var level = Wording.Terms.Level(episode.Level, run.Plan.Model.Levels);
        var bureau = $"{neighbour}生态环境局";
        run.SinkOf(episode.District).OtherMeasures.Add(new MeasureDecision
        {
            TargetKind = "party", Target = bureau, TargetName = bureau, District = episode.District, Level = episode.Level,
            Category = "other", Kind = "action", Start = episode.StartsAt, End = episode.EndsAt,
            Rule = RuleId(episode.District, neighbour),
            Text = $"启动大气污染联防联控应急联动，按{level}同步采取相应应急减排措施，加强毗邻区域联合执法检查",
            Because = $"{episode.Because}；{episode.District}与{neighbour}毗邻，依据联防联控要求通报预警并商请联动",
        });
    }
}
