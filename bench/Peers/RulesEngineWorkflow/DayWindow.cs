namespace EmergencyDSS.Bench.Peers.RulesEngineWorkflow;

/// <summary>Trigger-workflow input: up to three consecutive forecast days starting at one day. Public:
/// RulesEngine's expression parser binds rule text to the members of public input types.</summary>
public sealed class DayWindow
{
    public int A0 { get; set; }
    public int A1 { get; set; }
    public int A2 { get; set; }
    /// <summary>How many consecutive forecast days (1..3) the window holds.</summary>
    public int Run { get; set; }
}
