namespace EmergencyDSS.Scheduler.Jobs;

/// <summary>What an approval, rejection or acknowledgment came to: done (or already done), no such row, not in a state that allows it, or the deciding account proposed it (four eyes).</summary>
internal enum GateOutcome { Done, NotFound, Conflict, OwnProposal }
