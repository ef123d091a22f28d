using System.Diagnostics;

namespace EmergencyDSS.Scheduler.Tests.Support;

/// <summary>Bounded waits: poll until a condition holds, or fail with a message saying what never happened.</summary>
internal static class Eventually
{
    public static async Task<T> WaitForAsync<T>(Func<Task<T>> probe, Func<T, bool> done, TimeSpan timeout, string what, Func<Task<string>>? explain = null)
    {
        var clock = Stopwatch.StartNew();
        var last = await probe();
        while (!done(last))
        {
            if (clock.Elapsed > timeout)
                Assert.Fail($"timed out after {timeout.TotalSeconds:0} s waiting for {what}; last seen: {last}{(explain is null ? "" : "; " + await explain())}");
            await Task.Delay(100);
            last = await probe();
        }
        return last;
    }

    /// <summary>Polls a count down to zero; fails only when it has not gone down for <paramref name="stall"/> (a loaded machine is slow, not stuck).</summary>
    public static async Task DrainAsync(Func<Task<long>> remaining, TimeSpan stall, string what, Func<Task<string>>? explain = null)
    {
        var clock = Stopwatch.StartNew();
        var best = await remaining();
        while (best > 0)
        {
            await Task.Delay(200);
            var now = await remaining();
            if (now < best) { best = now; clock.Restart(); }
            else if (clock.Elapsed > stall)
                Assert.Fail($"no progress for {stall.TotalSeconds:0} s waiting for {what}; {now} left{(explain is null ? "" : "; " + await explain())}");
        }
    }
}
