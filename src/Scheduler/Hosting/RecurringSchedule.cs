using EmergencyDSS.Scheduler.Jobs;
using Hangfire;

namespace EmergencyDSS.Scheduler.Hosting;

/// <summary>The recurring jobs, all by cron in Asia/Shanghai. Registering is idempotent (same ids), so every server may do it.</summary>
internal static class RecurringSchedule
{
    public static void Register(IRecurringJobManager recurring, ServeOptions options)
    {
        // Consultation-time evaluations (after the 10:00 and 16:00 会商). Relaxed: if the servers were down at
        // 10:00, run once when they come back (the forecast may have changed), but never replay each missed
        // occurrence — several re-evaluations of the same inputs would only repeat one another.
        recurring.AddOrUpdate<ConsultationJob>("consultation-evaluation", job => job.RunAsync(), "0 10,16 * * *",
            new RecurringJobOptions { TimeZone = ShanghaiTime.Zone, MisfireHandling = MisfireHandlingMode.Relaxed });
        // Ignorable for the frequent housekeeping: a missed minute is covered by the next one.
        var frequent = new RecurringJobOptions { TimeZone = ShanghaiTime.Zone, MisfireHandling = MisfireHandlingMode.Ignorable };
        recurring.AddOrUpdate<AcknowledgmentWatchJob>("acknowledgment-watch", job => job.RunAsync(), "*/5 * * * *", frequent);
        // 督办通知 are planned after each inspection; this catches up a lost enqueue or a newly activated `supervise` line.
        recurring.AddOrUpdate<SupervisionNoticeJob>("supervision-notices", job => job.RunAsync(), "*/5 * * * *", frequent);
        recurring.AddOrUpdate<RecoveryJob>("recovery-sweep", job => job.RunAsync(60), Cron.Minutely(), frequent);
        if (options.InboxFolder is { } inbox)
            recurring.AddOrUpdate<InboxJob>("forecast-inbox", job => job.RunAsync(inbox), Cron.Minutely(), frequent);
        else recurring.RemoveIfExists("forecast-inbox");
    }
}
