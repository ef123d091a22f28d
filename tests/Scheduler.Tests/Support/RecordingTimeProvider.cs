using System.Collections.Concurrent;

namespace EmergencyDSS.Scheduler.Tests.Support;

/// <summary>
/// Real time, but remembers every wait a channel asks for (Task.Delay goes through CreateTimer),
/// so a test can assert the backoff schedule exactly instead of guessing from elapsed time.
/// </summary>
internal sealed class RecordingTimeProvider : TimeProvider
{
    private readonly ConcurrentQueue<TimeSpan> waits = new();

    public IReadOnlyList<TimeSpan> Waits => [.. waits];

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        waits.Enqueue(dueTime);
        return System.CreateTimer(callback, state, dueTime, period);
    }
}
