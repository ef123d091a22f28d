namespace EmergencyDSS.Scheduler.Jobs;

/// <summary>What an approval, rejection or acknowledgment came to: done (or already done), no such row, or not in a state that allows it.</summary>
internal enum GateOutcome { Done, NotFound, Conflict }
