namespace EmergencyDSS.Web.Tests;

/// <summary>
/// The browser test classes run one after another: each starts its own host (a PostgreSQL cluster, a Hangfire server and a
/// Chromium), and the machine's cores are shared. The intermittent 500 once seen with several hosts in one process came from
/// Hangfire's process-wide log provider pointing at a stopped host's disposed logger factory (fixed by LiveHostsLogProvider;
/// TwoHostsInOneProcessTests reproduces it), not from running side by side as such.
/// </summary>
[CollectionDefinition("one console host at a time", DisableParallelization = true)]
public sealed class SerialConsoleHosts;
