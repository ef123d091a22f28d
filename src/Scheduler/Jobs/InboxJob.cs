using EmergencyDSS.Scheduler.Intake;
using Hangfire;

namespace EmergencyDSS.Scheduler.Jobs;

/// <summary>
/// Recurring (every minute): ingests <c>*.csv</c> forecasts dropped into the inbox folder, then moves each
/// to <c>done/</c>, or to <c>rejected/</c> beside a <c>.errors</c> file with the positioned errors.
/// </summary>
internal sealed class InboxJob(ForecastIntake intake)
{
    [DisableConcurrentExecution(120)]
    public async Task RunAsync(string folder)
    {
        if (!Directory.Exists(folder)) return;
        foreach (var path in Directory.EnumerateFiles(folder, "*.csv").Order(StringComparer.Ordinal))
        {
            byte[] bytes;
            try { bytes = await File.ReadAllBytesAsync(path); }
            catch (IOException) { continue; } // still being written
            var name = Path.GetFileName(path);
            var result = await intake.SubmitAsync(bytes, name, "inbox", "inbox");
            var target = Path.Combine(folder, result.Accepted ? "done" : "rejected");
            Directory.CreateDirectory(target);
            if (!result.Accepted) await File.WriteAllLinesAsync(Path.Combine(target, name + ".errors"), result.Errors);
            File.Move(path, Path.Combine(target, name), overwrite: true);
        }
    }
}
