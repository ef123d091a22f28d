using EmergencyDSS.Dsl.Model;
using EmergencyDSS.Engine.Evaluation;
using EmergencyDSS.Notices;

namespace EmergencyDSS.Bench.Notices;

/// <summary>
/// The compared set of the render benchmark: every enterprise notice of the sample city (CitySample,
/// red forecast) that the ruleset binds to an enterprise template, planned once; the Scriban renderer
/// and the hand-built baseline each render exactly that list.
/// </summary>
internal sealed class RenderComparison
{
    private RenderComparison(RuleModel model, string rulesetDirectory, NoticeRenderer scriban, HandBuiltNotices handBuilt,
        DecisionSet decisions, IReadOnlyList<PlannedNotice> plans, int cityNotices, int enterpriseNotices)
    {
        Model = model;
        RulesetDirectory = rulesetDirectory;
        Scriban = scriban;
        HandBuilt = handBuilt;
        Decisions = decisions;
        Plans = plans;
        CityNotices = cityNotices;
        EnterpriseNotices = enterpriseNotices;
    }

    public RuleModel Model { get; }
    public string RulesetDirectory { get; }
    public NoticeRenderer Scriban { get; }
    public HandBuiltNotices HandBuilt { get; }
    public DecisionSet Decisions { get; }
    /// <summary>The compared set, in planned (document-number) order.</summary>
    public IReadOnlyList<PlannedNotice> Plans { get; }
    /// <summary>All notices the city's decisions call for, and how many of them go to enterprises.</summary>
    public int CityNotices { get; }
    public int EnterpriseNotices { get; }

    public static RenderComparison City()
    {
        var (model, rulesets, decisions) = CitySample.Build();
        var scriban = new NoticeRenderer(model, rulesets);
        var handBuilt = new HandBuiltNotices(model);
        var all = NoticePlanner.Plan(decisions);
        var plans = all.Where(handBuilt.Handles).ToList();
        return new RenderComparison(model, rulesets, scriban, handBuilt, decisions, plans, all.Count, all.Count(p => p.TargetKind == "enterprise"));
    }

    public IReadOnlyList<Notice> RunScriban() => RenderScriban(Plans);
    public IReadOnlyList<Notice> RunHandBuilt() => RenderHandBuilt(Plans);
    public IReadOnlyList<Notice> RenderScriban(IReadOnlyList<PlannedNotice> plans) => Scriban.Render(plans, Decisions).Notices;
    public IReadOnlyList<Notice> RenderHandBuilt(IReadOnlyList<PlannedNotice> plans) => HandBuilt.Render(plans, Decisions).Notices;

    /// <summary>
    /// One notice per (event, subject) the baseline writes: the first compared notice relabelled, so the
    /// wordings and events the red sample never produces (transport bans, stagger, none; upgrade, downgrade,
    /// extend) are checked too. For the equality check only, never timed.
    /// </summary>
    public IReadOnlyList<PlannedNotice> EveryBinding() =>
        HandBuilt.Bindings.Select(b => Plans[0] with { Event = b.Event, Subject = b.Subject }).ToList();

    /// <summary>Notices in the compared set per template subject, e.g. "stop 1234, limit 567".</summary>
    public string Subjects => string.Join(", ", Plans.GroupBy(p => p.Subject).OrderByDescending(g => g.Count())
        .Select(g => $"{g.Key} {g.Count()}"));

    /// <summary>The first field of the first notice where the two outputs differ, or null when every notice is identical.</summary>
    public static string? FirstDifference(IReadOnlyList<Notice> scriban, IReadOnlyList<Notice> handBuilt)
    {
        if (scriban.Count != handBuilt.Count) return $"Scriban rendered {scriban.Count} notices, hand-built {handBuilt.Count}";
        for (var i = 0; i < scriban.Count; i++)
        {
            var (s, h) = (scriban[i], handBuilt[i]);
            foreach (var (field, a, b) in Fields(s, h))
            {
                if (string.Equals(a, b, StringComparison.Ordinal)) continue;
                var at = 0;
                while (at < a.Length && at < b.Length && a[at] == b[at]) at++;
                return $"notice #{i} {s.Id} ({s.Subject}), {field} differs at char {at} of {a.Length} (hand-built {b.Length}):\n" +
                       $"  scriban:    …{Around(a, at)}…\n  hand-built: …{Around(b, at)}…";
            }
        }
        return null;
    }

    private static IEnumerable<(string Field, string Scriban, string HandBuilt)> Fields(Notice s, Notice h) =>
    [
        ("Id", s.Id, h.Id), ("TargetKind", s.TargetKind, h.TargetKind), ("Target", s.Target, h.Target),
        ("TargetName", s.TargetName, h.TargetName), ("District", s.District, h.District), ("Event", s.Event, h.Event),
        ("Subject", s.Subject, h.Subject), ("DocumentNumber", s.DocumentNumber, h.DocumentNumber), ("Title", s.Title, h.Title),
        ("Html", s.Html, h.Html), ("Text", s.Text, h.Text), ("Sms", s.Sms, h.Sms),
        ("AcknowledgmentCode", s.AcknowledgmentCode, h.AcknowledgmentCode), ("ContentSha256", s.ContentSha256, h.ContentSha256),
    ];

    private static string Around(string text, int at)
    {
        var from = Math.Max(0, at - 40);
        return text[from..Math.Min(text.Length, at + 40)].Replace("\n", "\\n");
    }
}
