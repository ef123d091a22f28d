using EmergencyDSS.Engine.Facts;

namespace EmergencyDSS.Engine.Evaluation.Derived;

/// <summary>The listed enterprises of one district, sorted by id, each with its rank in the whole list (for output order).</summary>
internal sealed record DistrictEnterprises(string District, Enterprise[] Enterprises, int[] Ranks);
