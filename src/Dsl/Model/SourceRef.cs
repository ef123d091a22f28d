namespace EmergencyDSS.Dsl.Model;

/// <summary>Where in the ruleset a model element came from, for explanations ("why must I stop?").</summary>
public sealed record SourceRef(string File, int Line, int Column)
{
    public override string ToString() => $"{File}:{Line}:{Column}";
}
