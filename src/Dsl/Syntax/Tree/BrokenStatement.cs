namespace EmergencyDSS.Dsl.Syntax.Tree;

/// <summary>
/// A statement that did not parse, kept for what its opening line still says: the kind of thing it
/// declares (<c>level</c>, <c>zone</c>, <c>const</c>, …), its name, and for a table the industries it
/// covers. The binder counts these as declared so one typo gives one error, not a cascade.
/// </summary>
internal sealed record BrokenStatement(string Kind, Name? Declared, IReadOnlyList<Name> Industries) : Statement
{
    public override string Keyword => Kind;
}
