namespace EmergencyDSS.Bench.Peers.RulesEngineWorkflow;

/// <summary>Measure-workflow input: one enterprise in one level segment of an episode (dates as day numbers, which the
/// expression language compares natively). Public for RulesEngine's expression parser.</summary>
public sealed class EnterpriseFacts
{
    public string Industry { get; set; } = "";
    public string Grade { get; set; } = "";
    public bool Livelihood { get; set; }
    public bool BulkTransport { get; set; }
    /// <summary>Heavy diesel truck trips a day (transport rules `for heavy trucks &gt;= N`).</summary>
    public int HeavyTrucksPerDay { get; set; }
    public bool HasOwnPlan { get; set; }
    public int StartDay { get; set; }
    public int EndDay { get; set; }
}
