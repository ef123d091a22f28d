using Hangfire.AspNetCore;
using Hangfire.Logging;
using Microsoft.Extensions.Logging;

namespace EmergencyDSS.Scheduler.Hosting;

/// <summary>
/// Hangfire's log provider for the whole process. Hangfire keeps one provider per process (GlobalConfiguration), and
/// Hangfire.AspNetCore sets it to the logger factory of the host that started last. Once that host stops and disposes its
/// factory while another host of the same process goes on (browser test classes side by side), every Hangfire logger the
/// survivor creates throws ObjectDisposedException — inside a request that enqueues a job, an HTTP 500. This provider
/// writes through the newest host still running (nowhere when none is), whichever host created the logger.
/// </summary>
internal sealed class LiveHostsLogProvider : ILogProvider
{
    public static LiveHostsLogProvider Instance { get; } = new();

    private readonly Lock _gate = new();
    private IReadOnlyList<ILoggerFactory> _live = [];

    /// <summary>A host's logger factory while the host runs: from its start until it has stopped.</summary>
    public void Add(ILoggerFactory factory)
    {
        lock (_gate) _live = [.. _live, factory];
    }

    public void Remove(ILoggerFactory factory)
    {
        lock (_gate) _live = [.. _live.Where(f => !ReferenceEquals(f, factory))];
    }

    private ILoggerFactory? Newest => Volatile.Read(ref _live) is { Count: > 0 } live ? live[^1] : null;

    public ILog GetLogger(string name) => new HostLog(this, name);

    private sealed record Target(ILoggerFactory Factory, ILog Log);

    private sealed class HostLog(LiveHostsLogProvider provider, string name) : ILog
    {
        private Target? _target;

        public bool Log(Hangfire.Logging.LogLevel logLevel, Func<string>? messageFunc, Exception? exception = null)
        {
            if (provider.Newest is not { } factory) return false;
            var target = _target;
            if (target is null || !ReferenceEquals(target.Factory, factory))
                _target = target = new Target(factory, new AspNetCoreLogProvider(factory).GetLogger(name));
            try
            {
                return target.Log.Log(logLevel, messageFunc, exception);
            }
            catch (ObjectDisposedException)
            {
                return false; // that host stopped between choosing it and writing
            }
        }
    }
}
