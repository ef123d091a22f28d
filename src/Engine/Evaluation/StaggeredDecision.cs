using EmergencyDSS.Engine.Facts;

namespace EmergencyDSS.Engine.Evaluation;

/// <summary>A calendar stagger period for one enterprise: the decision shared by its district, grade and industry, stamped with the enterprise when read.</summary>
internal readonly record struct StaggeredDecision(Enterprise Enterprise, MeasureDecision Shared)
{
    public MeasureDecision Record() => Shared with { Target = Enterprise.Id, TargetName = Enterprise.Name };
}
