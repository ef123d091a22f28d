using EmergencyDSS.Bench.Peers;

namespace EmergencyDSS.Bench.Runs;

/// <summary>
/// One implementation as the runners see it: <c>Run</c> is the timed call (it returns the
/// implementation's own result, so nothing is optimised away); <c>Decide</c> runs it and converts the
/// result to the compared shape, untimed.
/// </summary>
internal sealed record Contender(string Name, Func<object> Run, Func<PeerDecisions> Decide);
