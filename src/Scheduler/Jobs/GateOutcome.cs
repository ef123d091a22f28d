namespace EmergencyDSS.Scheduler.Jobs;

/// <summary>
/// What an approval, rejection, acknowledgment or delivery retry came to: done (or already done), no such row, not in a state
/// that allows it, the deciding account proposed it (four eyes), or a time given for it lies outside what is possible.
/// </summary>
internal enum GateOutcome { Done, NotFound, Conflict, OwnProposal, OutOfRange }
