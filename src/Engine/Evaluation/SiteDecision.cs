using EmergencyDSS.Engine.Compilation;
using EmergencyDSS.Engine.Evaluation.Derived;
using EmergencyDSS.Engine.Facts;

namespace EmergencyDSS.Engine.Evaluation;

/// <summary>A site's construction measure in one episode, as decided; the decision record is composed when read.</summary>
internal readonly record struct SiteDecision(Site Site, Episode Episode, SiteRuling Ruling)
{
    public MeasureDecision Record() => new()
    {
        TargetKind = "site", Target = Site.Id, TargetName = Site.Name, District = Episode.District, Level = Episode.Level,
        Category = "construction", Kind = Ruling.Rule.Action, Start = Episode.StartsAt, End = Episode.EndsAt,
        Rule = $"construction:{Ruling.Rule.Name}", Text = Ruling.Rule.Text, Reason = Ruling.Reason,
        Because = $"{Episode.Because}；{Ruling.Explanation}",
        Overrode = Ruling.Others,
    };
}
