using EmergencyDSS.Dsl.Model;

namespace EmergencyDSS.Engine.Compilation;

/// <summary>One candidate measure with the rule that proposes it and a human reading of where it stands.</summary>
internal sealed record MeasureCandidate(Measure Measure, string Rule, string Where);

/// <summary>
/// The outcome of conflict resolution for one category: the winner and the rules it beat
/// (most stringent wins; ties go to the earlier rule in source order).
/// </summary>
internal sealed record MeasureChoice(MeasureCandidate? Winner, IReadOnlyList<string> Losers)
{
    public static readonly MeasureChoice Nothing = new(null, []);

    public static MeasureChoice Resolve(IReadOnlyList<MeasureCandidate> candidates)
    {
        if (candidates.Count == 0) return Nothing;
        var winner = candidates[0];
        foreach (var c in candidates.Skip(1))
            if (MeasureStringency.Of(c.Measure) > MeasureStringency.Of(winner.Measure)) winner = c;
        var losers = candidates.Where(c => !ReferenceEquals(c, winner) && c.Rule != winner.Rule).Select(c => c.Rule).Distinct().ToList();
        return new MeasureChoice(winner, losers);
    }
}
