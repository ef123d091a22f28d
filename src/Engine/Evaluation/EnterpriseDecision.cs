using EmergencyDSS.Engine.Accounting;
using EmergencyDSS.Engine.Compilation;
using EmergencyDSS.Engine.Evaluation.Derived;
using EmergencyDSS.Engine.Evaluation.Actions;

namespace EmergencyDSS.Engine.Evaluation;

/// <summary>
/// What every enterprise of one profile must do in one episode: the ruling at the episode's level and
/// the share of production it cuts (for accounting), decided while the session fires. The decision
/// records, with their explanation text, are composed once when the measures are first read.
/// </summary>
internal sealed class EnterpriseDecision(Episode episode, EnterpriseRuling ruling)
{
    private MeasureDecision? _production;
    private MeasureDecision? _transport;

    public Episode Episode { get; } = episode;
    public EnterpriseRuling Ruling { get; } = ruling;
    public double CutFraction { get; } = ReductionAccounting.CutFraction(ruling.Production.Measure);

    /// <summary>How many measure records this decision is per enterprise (production, plus transport where one applies).</summary>
    public int Records => Ruling.Transport is null ? 1 : 2;

    public MeasureDecision Production => _production ??= MeasureDecisions.Stamp(Episode, "production", Ruling.Production);

    public MeasureDecision? Transport => Ruling.Transport is { } t ? _transport ??= MeasureDecisions.Stamp(Episode, "transport", t) : null;
}
