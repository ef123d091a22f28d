using EmergencyDSS.Dsl.Model;
using EmergencyDSS.Scheduler.Supervision;

namespace EmergencyDSS.Cli.RulesetTesting;

/// <summary>
/// The supervision and exposure lists of a test, computed from its <c>inspections</c> as of the forecast's issue time by
/// the ruleset's `supervise` and `expose` lines (the console's own computation), and the expectations on them:
/// <c>expect [no] supervised T [N]</c>, <c>expect [no] exposed T [N]</c> (T credit code or name, N the episodes counted).
/// </summary>
internal sealed record ListExpectations(IReadOnlyList<ListedEnterprise> Supervised, IReadOnlyList<ListedEnterprise> Exposed)
{
    public static ListExpectations Compute(RuleModel model, IReadOnlyList<CheckedEpisode> findings, DateTimeOffset now)
    {
        var supervised = SupervisionList.Compute(model.Supervise, findings, now);
        // Exposure is drawn from the supervised, as on /supervision (DSS0154).
        var exposed = SupervisionList.Compute(model.Expose, findings, now).Where(e => supervised.Any(s => s.CreditCode == e.CreditCode)).ToList();
        return new ListExpectations(supervised, exposed);
    }

    public IReadOnlyList<string>? Failure(Expectation e)
    {
        var list = e.Subject == "supervised" ? Supervised : Exposed;
        return ExpectationCheck.Matching(e, list.Where(x => x.CreditCode == e.Words[0] || x.Name == e.Words[0]),
            x => e.Words.Count < 2 || x.Violations.Count.ToString(System.Globalization.CultureInfo.InvariantCulture) == e.Words[1],
            x => $"{e.Subject} {x.CreditCode} {x.Violations.Count} ({string.Join("、", x.Violations.Select(v => $"{v.District} {v.EpisodeStart:yyyy-MM-dd} {v.Outcome}"))})");
    }
}
