namespace EmergencyDSS.Dsl.Model;

/// <summary>
/// When an enterprise goes on the supervision list (督企清单, <see cref="Kind"/> "supervise") or the public exposure list
/// (曝光名单, "expose"): at least <see cref="Violations"/> episodes in which an on-site check found it had not complied
/// (or only partly, when <see cref="CountsPartly"/>) within the last <see cref="WithinDays"/> days. <see cref="Template"/>
/// is the notice template of the supervision notice (督办通知), relative to the ruleset's folder.
/// </summary>
public sealed record SupervisionRule(string Kind, int Violations, int WithinDays, bool CountsPartly, string? Template = null, SourceRef? Source = null);
