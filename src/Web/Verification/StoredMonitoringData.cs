using EmergencyDSS.Scheduler;
using EmergencyDSS.Scheduler.Store;
using Npgsql;

namespace EmergencyDSS.Web.Verification;

/// <summary>Monitoring readings from the <c>monitoring_readings</c> table (filled by whatever feed the bureau connects).</summary>
internal sealed class StoredMonitoringData(NpgsqlDataSource db) : IMonitoringData
{
    public async Task<IReadOnlyList<MonitoringReading>> ReadingsAsync(string creditCode, DateOnly from, DateOnly to)
    {
        var start = new DateTimeOffset(from.ToDateTime(TimeOnly.MinValue), ShanghaiTime.Zone.GetUtcOffset(from.ToDateTime(TimeOnly.MinValue)));
        var end = new DateTimeOffset(to.AddDays(1).ToDateTime(TimeOnly.MinValue), ShanghaiTime.Zone.GetUtcOffset(to.ToDateTime(TimeOnly.MinValue)));
        await using var conn = await db.OpenConnectionAsync();
        return await Sql.ListAsync(conn, null, """
            select at, pollutant, value, unit, source from monitoring_readings
            where credit_code = @c and at >= @from and at < @to order by at, pollutant
            """, r => new MonitoringReading(r.GetFieldValue<DateTimeOffset>(0), r.GetString(1), r.GetDouble(2), r.GetString(3), r.GetString(4)),
            ("c", creditCode), ("from", start), ("to", end));
    }
}
