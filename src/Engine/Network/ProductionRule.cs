namespace EmergencyDSS.Engine.Network;

/// <summary>
/// A compiled production rule (NRules' model): inserting a fact of <see cref="FactType"/> runs its
/// match (alpha filter, then joins through working-memory indexes) which puts activations on the
/// agenda; firing runs the action, which may insert derived facts and so chain further rules.
/// </summary>
internal abstract class ProductionRule
{
    public abstract string Name { get; }

    /// <summary>Higher fires first. Equal salience fires in activation order.</summary>
    public abstract int Salience { get; }

    public abstract Type FactType { get; }

    /// <summary>Matches the newly inserted <paramref name="fact"/>; enqueues an activation per matching tuple.</summary>
    public abstract void Match(object fact, WorkingMemory memory, Agenda agenda);

    public abstract void Fire(Activation activation, Session session);
}

/// <summary>A rule whose left-hand side starts from facts of type <typeparamref name="TFact"/>.</summary>
internal abstract class ProductionRule<TFact> : ProductionRule where TFact : class
{
    public sealed override Type FactType => typeof(TFact);

    public sealed override void Match(object fact, WorkingMemory memory, Agenda agenda) => Match((TFact)fact, memory, agenda);

    protected abstract void Match(TFact fact, WorkingMemory memory, Agenda agenda);
}
