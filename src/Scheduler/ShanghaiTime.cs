namespace EmergencyDSS.Scheduler;

/// <summary>Every time the scheduler shows or schedules by is Asia/Shanghai.</summary>
internal static class ShanghaiTime
{
    public static TimeZoneInfo Zone { get; } = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");

    public static DateTimeOffset Now(TimeProvider clock) => TimeZoneInfo.ConvertTime(clock.GetUtcNow(), Zone);
}
