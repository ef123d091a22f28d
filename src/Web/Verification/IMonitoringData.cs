namespace EmergencyDSS.Web.Verification;

/// <summary>One online-monitoring reading of an enterprise's outlet (e.g. hourly PM, SO2, NOx concentration).</summary>
internal sealed record MonitoringReading(DateTimeOffset At, string Pollutant, double Value, string Unit, string Source);

/// <summary>
/// The seam for enterprises' online monitoring (在线监测) data, shown beside on-site checks: an inspector sees what
/// the outlet reported during the episode. Today's implementation reads rows a feed has put in
/// <c>monitoring_readings</c>; a direct connection to the provincial monitoring platform would implement this too.
/// </summary>
internal interface IMonitoringData
{
    /// <summary>The enterprise's readings from 00:00 of <paramref name="from"/> to 24:00 of <paramref name="to"/> (Asia/Shanghai), oldest first.</summary>
    Task<IReadOnlyList<MonitoringReading>> ReadingsAsync(string creditCode, DateOnly from, DateOnly to);
}
