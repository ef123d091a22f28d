using EmergencyDSS.Notices;
using EmergencyDSS.Scheduler.Intake;
using Hangfire;
using Microsoft.Extensions.Logging;

namespace EmergencyDSS.Scheduler.Jobs;

/// <summary>
/// Recurring (every minute): ingests <c>*.csv</c> forecasts dropped into the inbox folder, then moves each
/// to <c>done/</c>, or to <c>rejected/</c> beside a <c>.errors</c> file with the positioned errors.
/// Only complete regular files are taken: writers write under another name and rename into <c>*.csv</c>; as a
/// safety net a file modified less than <see cref="Settle"/> ago is left for the next run. Symbolic links, FIFOs,
/// devices and files over <see cref="MaxBytes"/> are refused unread (opened O_NOFOLLOW|O_NONBLOCK), so nothing
/// in the folder can block the job or fill memory, and one bad file never stops the others.
/// </summary>
internal sealed class InboxJob(ForecastIntake intake, ILogger<InboxJob> log)
{
    public const long MaxBytes = 16 << 20;
    public static readonly TimeSpan Settle = TimeSpan.FromSeconds(5);

    [DisableConcurrentExecution(120)]
    public async Task RunAsync(string folder)
    {
        if (!Directory.Exists(folder)) return;
        foreach (var file in new DirectoryInfo(folder).EnumerateFiles("*.csv").OrderBy(f => f.Name, StringComparer.Ordinal).ToList())
        {
            try { await TakeAsync(folder, file.Name); }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                log.LogWarning("inbox file {File} could not be handled: {Reason}", file.Name, e.Message);
            }
        }
    }

    private async Task TakeAsync(string folder, string name)
    {
        var path = Path.Combine(folder, name);
        // File-system time, not the scheduler's clock: it is compared with the file's own modification time.
        var (bytes, refusal) = RegularFile.Read(path, MaxBytes, DateTimeOffset.UtcNow - Settle);
        if (refusal == FileRefusal.Unsettled || refusal == FileRefusal.Missing) return; // still being written, or taken by another server
        var errors = refusal switch
        {
            FileRefusal.None => null,
            FileRefusal.SymbolicLink => [$"{name}:1:1: is a symbolic link; put the file itself into the inbox (write it under another name, then rename it)"],
            FileRefusal.NotRegular => [$"{name}:1:1: is not a regular file (a FIFO, device or socket)"],
            FileRefusal.TooLarge => [$"{name}:1:1: is larger than {MaxBytes} bytes"],
            _ => new[] { $"{name}:1:1: cannot be read" },
        };
        var result = errors is null ? await intake.SubmitAsync(bytes!, name, "inbox", "inbox") : IntakeResult.Rejected(errors);
        var target = Path.Combine(folder, result.Accepted ? "done" : "rejected");
        Directory.CreateDirectory(target);
        if (!result.Accepted)
        {
            await File.WriteAllLinesAsync(Path.Combine(target, InboxNames.ErrorsFile(name)), result.Errors);
            log.LogWarning("inbox file {File} rejected: {Errors}", name, string.Join(" | ", result.Errors));
        }
        File.Move(path, Path.Combine(target, name), overwrite: true);
    }
}
