using System.Diagnostics;

namespace EmergencyDSS.Scheduler.Tests.Support;

/// <summary>Bounded waits: poll until a condition holds, or fail with a message saying what never happened.</summary>
internal static class Eventually
{
    public static async Task<T> WaitForAsync<T>(Func<Task<T>> probe, Func<T, bool> done, TimeSpan timeout, string what)
    {
        var clock = Stopwatch.StartNew();
        var last = await probe();
        while (!done(last))
        {
            if (clock.Elapsed > timeout) Assert.Fail($"timed out after {timeout.TotalSeconds:0} s waiting for {what}; last seen: {last}");
            await Task.Delay(100);
            last = await probe();
        }
        return last;
    }
}
