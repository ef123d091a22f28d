using System.Diagnostics;

namespace EmergencyDSS.Engine.Evaluation;

/// <summary>Optional timings of one evaluation (for `bench profile`): milliseconds per stage and per rule, and the
/// bytes each rule's firing allocated.</summary>
internal sealed class SessionProfile
{
    private readonly Stopwatch _clock = Stopwatch.StartNew();

    public Dictionary<string, double> Stages { get; } = [];
    public Dictionary<string, (double Ms, int Fired, long Allocated)> Rules { get; } = [];

    public static long Allocated => GC.GetAllocatedBytesForCurrentThread();

    public void Lap(string stage)
    {
        Stages[stage] = Stages.GetValueOrDefault(stage) + _clock.Elapsed.TotalMilliseconds;
        _clock.Restart();
    }

    public void Fired(string rule, long startTimestamp, long startAllocated)
    {
        var (ms, fired, allocated) = Rules.GetValueOrDefault(rule);
        Rules[rule] = (ms + Stopwatch.GetElapsedTime(startTimestamp).TotalMilliseconds, fired + 1, allocated + Allocated - startAllocated);
    }
}
