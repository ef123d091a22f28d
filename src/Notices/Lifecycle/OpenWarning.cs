namespace EmergencyDSS.Notices.Lifecycle;

/// <summary>An open (not Lifted, not Rejected) warning of one district, as a warning store keeps it.</summary>
/// <param name="AnnouncedAt">When it was last issued, changed or approved (damping counts from here).</param>
internal sealed record OpenWarning(long Id, string District, string Level, string Status, DateOnly EpisodeStart, DateOnly End, DateTimeOffset AnnouncedAt);

/// <summary>The recipient of a notice: its target kind, district and target (a warning's target is its district).</summary>
internal readonly record struct NoticeAddress(string TargetKind, string District, string Target);
