using System.Globalization;

namespace EmergencyDSS.Notices;

/// <summary>Dates and times as official documents write them: 2024年12月3日0时, Asia/Shanghai.</summary>
internal static class ChineseTime
{
    private static readonly TimeZoneInfo Shanghai = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");

    public static DateTimeOffset Local(DateTimeOffset t) => TimeZoneInfo.ConvertTime(t, Shanghai);

    public static string Date(DateOnly d) => string.Create(CultureInfo.InvariantCulture, $"{d.Year}年{d.Month}月{d.Day}日");

    public static string Date(DateTimeOffset t) => Date(DateOnly.FromDateTime(Local(t).DateTime));

    /// <summary>Hours always, minutes only when not on the hour (12时30分).</summary>
    public static string Instant(DateTimeOffset t)
    {
        var l = Local(t);
        var minutes = l.Minute == 0 ? "" : string.Create(CultureInfo.InvariantCulture, $"{l.Minute}分");
        return string.Create(CultureInfo.InvariantCulture, $"{Date(DateOnly.FromDateTime(l.DateTime))}{l.Hour}时{minutes}");
    }

    public static DateTimeOffset Midnight(DateOnly d) => new(d.ToDateTime(TimeOnly.MinValue), TimeSpan.FromHours(8));

    public static string Period(DateTimeOffset start, DateTimeOffset end) => $"{Instant(start)}至{Instant(end)}";
}
