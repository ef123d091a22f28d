namespace EmergencyDSS.Web.Tests;

/// <summary>
/// The browser test classes run one after another: each starts its own host, and with several Hangfire
/// servers in one process an intermittent 500 was seen on a form post (not yet explained; see the closing note).
/// </summary>
[CollectionDefinition("one console host at a time", DisableParallelization = true)]
public sealed class SerialConsoleHosts;
