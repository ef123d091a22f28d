namespace EmergencyDSS.Scheduler.Tests.Support;

/// <summary>A request as <see cref="LoopbackWebhook"/> received it; <see cref="At"/> is its arrival on the server's stopwatch.</summary>
internal sealed record RecordedRequest(
    string Method, string Path, IReadOnlyDictionary<string, string> Headers, byte[] Body, TimeSpan At);
