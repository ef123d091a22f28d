namespace EmergencyDSS.Scheduler.Delivery;

/// <summary>
/// Exponential backoff between a channel's own attempts. No jitter: the same failures give the
/// same waits, so retries are reproducible in tests and in the decision log.
/// </summary>
internal sealed record Backoff(TimeSpan First, double Factor, TimeSpan Max)
{
    /// <summary>The wait after the <paramref name="failedAttempts"/>-th failed attempt (1-based).</summary>
    public TimeSpan After(int failedAttempts)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(failedAttempts, 1);
        var ticks = First.Ticks * Math.Pow(Factor, failedAttempts - 1);
        // Compare as double first: Factor^n overflows long long before it matters.
        return ticks >= Max.Ticks ? Max : TimeSpan.FromTicks((long)ticks);
    }
}
