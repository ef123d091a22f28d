namespace EmergencyDSS.Scheduler.Jobs;

/// <summary>
/// Hangfire queues. Planning a new forecast has workers of its own, so it never waits behind the delivery jobs of
/// an earlier one (tens of thousands of notices can take a minute to deliver; Hangfire takes jobs of one queue in order).
/// Everything else (delivery, reminders, recovery, inbox, consultation, 督办) shares the default queue.
/// </summary>
internal static class JobQueues
{
    public const string Planning = "planning";
    public const string Default = "default";

    /// <summary>Workers of the planning server in every process (planning holds one lock, so more would only wait).</summary>
    public const int PlanningWorkers = 1;
}
