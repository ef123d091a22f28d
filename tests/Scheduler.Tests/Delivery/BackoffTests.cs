using EmergencyDSS.Scheduler.Delivery;

namespace EmergencyDSS.Scheduler.Tests.Delivery;

public sealed class BackoffTests
{
    [Fact]
    public void After_SuccessiveFailures_DoublesUpToTheCap()
    {
        var backoff = new Backoff(TimeSpan.FromSeconds(1), 2, TimeSpan.FromSeconds(10));

        Assert.Equal([1, 2, 4, 8, 10, 10], Enumerable.Range(1, 6).Select(n => backoff.After(n).TotalSeconds));
        Assert.Equal(TimeSpan.FromSeconds(10), backoff.After(10_000)); // no overflow after many failures
    }
}
