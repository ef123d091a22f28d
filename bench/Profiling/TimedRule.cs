using System.Diagnostics;
using EmergencyDSS.Engine.Network;

namespace EmergencyDSS.Bench.Profiling;

/// <summary>
/// Wraps one engine rule and adds up the time its match takes. Activations name the inner rule, so
/// fire time is charged by <see cref="EngineProfile"/>, which pops the agenda itself.
/// </summary>
internal sealed class TimedRule(ProductionRule inner) : ProductionRule
{
    public long MatchTicks;
    public int Matches;

    public override string Name => inner.Name;
    public override int Salience => inner.Salience;
    public override Type FactType => inner.FactType;

    public override void Match(object fact, WorkingMemory memory, Agenda agenda)
    {
        var start = Stopwatch.GetTimestamp();
        inner.Match(fact, memory, agenda);
        MatchTicks += Stopwatch.GetTimestamp() - start;
        Matches++;
    }

    public override void Fire(Activation activation, Session session) => inner.Fire(activation, session);
}
