using Hangfire;

namespace EmergencyDSS.Scheduler.Jobs;

/// <summary>
/// Renders and stores one district's recipients' notices (<see cref="DistrictRendering"/>), then hands its batch to delivery.
/// On the default queue, so every server's workers take a city's districts in parallel. Reentrant: a rendered part is left
/// alone and its batch dispatched again, which is harmless.
/// </summary>
internal sealed class RenderJob(DistrictRendering rendering, BatchDispatcher dispatcher)
{
    [AutomaticRetry(Attempts = 5)]
    public async Task RunAsync(long partId)
    {
        if (await rendering.RenderAsync(partId) is { } batch) await dispatcher.DispatchBatchAsync(batch);
    }
}
