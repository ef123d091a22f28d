using System.Diagnostics;

namespace EmergencyDSS.Engine.Evaluation;

/// <summary>Optional timings of one evaluation (for `bench profile`): milliseconds per stage and per rule.</summary>
internal sealed class SessionProfile
{
    private readonly Stopwatch _clock = Stopwatch.StartNew();

    public Dictionary<string, double> Stages { get; } = [];
    public Dictionary<string, (double Ms, int Fired)> Rules { get; } = [];

    public void Lap(string stage)
    {
        Stages[stage] = Stages.GetValueOrDefault(stage) + _clock.Elapsed.TotalMilliseconds;
        _clock.Restart();
    }

    public void Fired(string rule, long startTimestamp)
    {
        var (ms, fired) = Rules.GetValueOrDefault(rule);
        Rules[rule] = (ms + Stopwatch.GetElapsedTime(startTimestamp).TotalMilliseconds, fired + 1);
    }
}
