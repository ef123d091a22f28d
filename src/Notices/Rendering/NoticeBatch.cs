namespace EmergencyDSS.Notices;

/// <summary>The notices of one decision set, in document-number order, and what had no template.</summary>
public sealed record NoticeBatch(IReadOnlyList<Notice> Notices, IReadOnlyList<string> Unbound);
