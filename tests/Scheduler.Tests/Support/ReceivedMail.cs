namespace EmergencyDSS.Scheduler.Tests.Support;

/// <summary>One message the loopback SMTP server accepted: the envelope and the DATA bytes, dot-unstuffed.</summary>
internal sealed record ReceivedMail(string From, IReadOnlyList<string> To, byte[] Data);
