using System.Collections.Concurrent;
using EmergencyDSS.Dsl.Model;
using EmergencyDSS.Engine.Evaluation;
using Scriban.Runtime;

namespace EmergencyDSS.Notices;

/// <summary>
/// Built once per ruleset: parses the layout and every bound template, then renders any number of
/// notices (thread-safe). Numbers come from an <see cref="INoticeNumberSource"/> in planned order.
/// </summary>
public sealed class NoticeRenderer
{
    private readonly RuleModel _model;
    private readonly TemplateSet _templates;

    /// <exception cref="NoticeTemplateException">A bound template is missing or does not parse.</exception>
    public NoticeRenderer(RuleModel model, string rulesetDirectory)
    {
        _model = model;
        var (set, errors) = TemplateSet.Load(model, rulesetDirectory);
        _templates = set ?? throw new NoticeTemplateException(errors);
    }

    /// <summary>Whether a template is bound to this event and subject (an unbound notice is listed, never rendered or stored).</summary>
    internal bool Binds(string ev, string subject) => _templates.TryFind(ev, subject, out _, out _);

    /// <summary>Plans and renders every notice of a decision set; unbound (event, subject) pairs are listed, not rendered.</summary>
    public NoticeBatch RenderAll(DecisionSet decisions, IReadOnlyDictionary<string, string>? events = null,
        INoticeNumberSource? numbers = null) =>
        Render(NoticePlanner.Plan(decisions, events), decisions, numbers);

    /// <summary>Renders planned notices (e.g. from <see cref="ChangeNoticePlanner"/>); <paramref name="decisions"/>
    /// gives the ruleset hash and the issue date. <paramref name="ackCodes"/> (by notice key) are printed on the notices;
    /// without them each notice gets its <see cref="AcknowledgmentCodes.Preview"/> code.</summary>
    public NoticeBatch Render(IReadOnlyList<PlannedNotice> plans, DecisionSet decisions, INoticeNumberSource? numbers = null,
        IReadOnlyDictionary<string, string>? ackCodes = null) =>
        Render(plans, new NoticeContext(_model, decisions.Ruleset.Sha256, decisions.Forecast.IssuedAt), numbers, ackCodes);

    /// <summary>Whether the ruleset's `supervise` line names a template: without one no 督办通知 is planned.</summary>
    public bool HasSupervisionTemplate => _templates.TryFind(TemplateSet.Supervise, TemplateSet.Supervise, out _, out _);

    /// <summary>
    /// Renders 督办通知 (plans with a <see cref="PlannedNotice.Supervision"/>), which no forecast decides: dated
    /// <paramref name="decidedAt"/> and numbered under the issuer of each enterprise's district like its other notices.
    /// </summary>
    public NoticeBatch RenderSupervision(IReadOnlyList<PlannedNotice> plans, string rulesetSha256, DateTimeOffset decidedAt,
        INoticeNumberSource numbers, IReadOnlyDictionary<string, string> ackCodes) =>
        Render(plans, new NoticeContext(_model, rulesetSha256, decidedAt), numbers, ackCodes);

    private NoticeBatch Render(IReadOnlyList<PlannedNotice> plans, NoticeContext context, INoticeNumberSource? numbers,
        IReadOnlyDictionary<string, string>? ackCodes)
    {
        var numbering = Number(plans, context, numbers ?? new InMemoryNoticeNumbers());
        return RenderNumbered(numbering.Notices, context, ackCodes, numbering.RegionalNumbers, new Dictionary<WarningNoticeKey, WarningNoticeCitation>(),
            numbering.Unbound);
    }

    /// <summary>
    /// Gives every bound plan its 文号 (and the number of the document it amends) without rendering anything: the scheduler
    /// numbers a whole step in its planning transaction and renders the recipients' notices per district later
    /// (<see cref="RenderNumbered"/>). Plans without a template are listed in <see cref="NoticeNumbering.Unbound"/>.
    /// </summary>
    public NoticeNumbering Number(IReadOnlyList<PlannedNotice> plans, DecisionSet decisions, INoticeNumberSource numbers) =>
        Number(plans, new NoticeContext(_model, decisions.Ruleset.Sha256, decisions.Forecast.IssuedAt), numbers);

    /// <summary>
    /// Renders numbered plans (<see cref="Number(IReadOnlyList{PlannedNotice}, DecisionSet, INoticeNumberSource)"/>): the warnings first, so
    /// each recipient's notice can cite its district's by title and 文号. <paramref name="warningNotices"/> gives the warning
    /// notices rendered earlier (a recipients-only run cites them) and receives the ones this run renders.
    /// </summary>
    public NoticeBatch RenderNumbered(IReadOnlyList<NumberedNotice> notices, DecisionSet decisions, IReadOnlyDictionary<string, string> ackCodes,
        IReadOnlyDictionary<RegionalKey, string> regionalNumbers, IDictionary<WarningNoticeKey, WarningNoticeCitation> warningNotices) =>
        RenderNumbered(notices, new NoticeContext(_model, decisions.Ruleset.Sha256, decisions.Forecast.IssuedAt), ackCodes, regionalNumbers,
            warningNotices, []);

    private NoticeNumbering Number(IReadOnlyList<PlannedNotice> plans, NoticeContext context, INoticeNumberSource numbers)
    {
        var year = ChineseTime.Local(context.IssuedAt).Year;
        var unbound = new SortedSet<string>(StringComparer.Ordinal);
        var bound = new List<PlannedNotice>(plans.Count);
        foreach (var plan in plans)
            if (_templates.TryFind(plan.Event, plan.Subject, out _, out _)) bound.Add(plan);
            else unbound.Add(NoticeMessages.Unbound(plan.Event, plan.Subject));
        // Numbers are drawn sequentially so the same decisions give the same 文号: the city's regional notices first (district
        // warnings cite them), then the district warnings (their recipients' notices cite them), then the rest in planned order.
        // Recipients' notices (通知 to one enterprise or site) are numbered in the issuer's own 告知 series, not as 文件.
        var numbered = new NumberedNotice[bound.Count];
        var regional = new Dictionary<RegionalKey, string>();
        foreach (var i in Enumerable.Range(0, bound.Count).OrderBy(i => NumberingRank(bound[i])))
        {
            var plan = bound[i];
            var prefix = context.IssuerOf(plan.District).PrefixFor(plan);
            var earlier = plan.Event is "issue" or TemplateSet.Supervise ? null : numbers.LastIssued(prefix, year, PlannedNotice.EventKey(plan.TargetKind, plan.District, plan.Target) + ":");
            var n = numbers.NumberFor(prefix, year, plan.NumberKey);
            var number = DocumentNumber.Format(prefix, year, n);
            if (plan.Regional is { } r && plan.Event != "lift") regional[new RegionalKey(r.Region, r.Start, r.End)] = number;
            numbered[i] = new NumberedNotice(plan, number, earlier is { } e && e != n ? DocumentNumber.Format(prefix, year, e) : null);
        }
        return new NoticeNumbering(numbered, unbound.ToList(), regional);
    }

    private NoticeBatch RenderNumbered(IReadOnlyList<NumberedNotice> bound, NoticeContext context, IReadOnlyDictionary<string, string>? ackCodes,
        IReadOnlyDictionary<RegionalKey, string> regionalNumbers, IDictionary<WarningNoticeKey, WarningNoticeCitation> warningNotices,
        IReadOnlyList<string> unbound)
    {
        foreach (var (key, number) in regionalNumbers) context.RegionalNumbers[(key.Region, key.Start, key.End)] = number;
        foreach (var (key, w) in warningNotices) context.WarningNotices[(key.District, key.Event, key.Step)] = (w.Title, w.Number);
        // Regional notices are listed first; the rest keep their planned order.
        var order = Enumerable.Range(0, bound.Count).OrderBy(i => bound[i].Plan.TargetKind == "regional" ? 0 : 1).ToArray();
        var rendered = new Notice[bound.Count];
        // Two passes: the warning notices first, so each recipient's notice can cite its district's by title and 文号.
        RenderAll(order.Where(i => NumberingRank(bound[i].Plan) < 2).ToArray());
        foreach (var i in order.Where(i => bound[i].Plan.TargetKind == "warning"))
        {
            var (plan, notice) = (bound[i].Plan, rendered[i]);
            var citation = new WarningNoticeCitation((notice.WhenApproved ?? notice).Title, notice.DocumentNumber);
            warningNotices[new WarningNoticeKey(plan.District, plan.Event, plan.Step)] = citation;
            context.WarningNotices[(plan.District, plan.Event, plan.Step)] = (citation.Title, citation.Number);
        }
        RenderAll(order.Where(i => NumberingRank(bound[i].Plan) == 2).ToArray());
        return new NoticeBatch(order.Select(i => rendered[i]).ToList(), unbound);

        void RenderAll(int[] indices)
        {
            // Partitioner.Create rejects an empty range: a clean forecast plans no notice at all.
            if (indices.Length == 0) return;
            Parallel.ForEach(Partitioner.Create(0, indices.Length), range =>
            {
                for (var k = range.Item1; k < range.Item2; k++)
                {
                    var i = indices[k];
                    var (plan, number, amends) = bound[i];
                    rendered[i] = Render(plan, number, amends, context, ackCodes);
                    if (NoticeFrame.AwaitsApproval(plan, context))
                        rendered[i] = rendered[i] with { WhenApproved = Render(plan with { Approved = true }, number, amends, context, ackCodes) };
                }
            });
        }
    }

    /// <summary>Whether the plan is one of the documents its recipients' notices cite (the city's regional warnings, the district
    /// warnings): the scheduler renders these in its planning transaction and the rest per district.</summary>
    public static bool IsWarningDocument(PlannedNotice plan) => NumberingRank(plan) < 2;

    /// <summary>0 the city's regional notices, 1 the district warnings, 2 everything else.</summary>
    private static int NumberingRank(PlannedNotice plan) => plan.TargetKind switch { "regional" => 0, "warning" => 1, _ => 2 };

    private Notice Render(PlannedNotice plan, string number, string? amends, NoticeContext context, IReadOnlyDictionary<string, string>? ackCodes)
    {
        _templates.TryFind(plan.Event, plan.Subject, out _, out var template);
        var ack = ackCodes is null ? AcknowledgmentCodes.Preview(plan.Key, context.RulesetSha256) : ackCodes[plan.Key];
        var model = NoticeView.Build(plan, context, number, ack, amends);
        var body = NoticeBody.From(template.Render(model));
        var annex = AnnexTable.For(plan, context);
        var html = RenderLayout(model, body, annex);
        var text = NoticeText.Email(body, model, annex);
        return new Notice(plan.Key, plan.TargetKind, plan.Target, plan.TargetName, plan.District, plan.Event, plan.Subject,
            number, body.Title, html, text, NoticeText.Sms(plan, body, number, context.IssuerOf(plan.District).Authority, ack, context.IssuedAt), ack,
            DocumentNumber.Sha256Hex(html, text));
    }

    internal string RenderLayout(ScriptObject model, NoticeBody body, AnnexTable? annex = null)
    {
        NoticeLayout.Bind(model, body, annex);
        var html = _templates.Layout.Render(model);
        // The annex can hold thousands of rows: set in C#, beyond the template sandbox's loop and output limits.
        return annex is null ? html : html.Replace(NoticeLayout.AnnexMarker, annex.Html(), StringComparison.Ordinal);
    }
}
