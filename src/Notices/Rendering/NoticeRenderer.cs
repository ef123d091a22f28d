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
        numbers ??= new InMemoryNoticeNumbers();
        var year = ChineseTime.Local(context.IssuedAt).Year;
        var renderable = new List<(PlannedNotice Plan, string Number, string? Amends)>();
        var unbound = new SortedSet<string>(StringComparer.Ordinal);
        // The city's regional notices are numbered first: district warnings cite them by 文号.
        foreach (var plan in plans.Where(p => p.TargetKind == "regional").Concat(plans.Where(p => p.TargetKind != "regional")))
        {
            if (!_templates.TryFind(plan.Event, plan.Subject, out _, out _))
            {
                unbound.Add(NoticeMessages.Unbound(plan.Event, plan.Subject));
                continue;
            }
            // Numbers are drawn sequentially in planned order so the same decisions give the same 文号.
            var prefix = context.IssuerOf(plan.District).Prefix;
            var earlier = plan.Event is "issue" or TemplateSet.Supervise ? null : numbers.LastIssued(prefix, year, PlannedNotice.EventKey(plan.TargetKind, plan.District, plan.Target) + ":");
            var n = numbers.NumberFor(prefix, year, plan.NumberKey);
            var number = DocumentNumber.Format(prefix, year, n);
            if (plan.Regional is { } r && plan.Event != "lift") context.RegionalNumbers[(r.Region, r.Start, r.End)] = number;
            renderable.Add((plan, number, earlier is { } e && e != n ? DocumentNumber.Format(prefix, year, e) : null));
        }
        var rendered = new Notice[renderable.Count];
        // Partitioner.Create rejects an empty range: a clean forecast plans no notice at all.
        if (renderable.Count > 0)
            Parallel.ForEach(Partitioner.Create(0, renderable.Count), range =>
            {
                for (var i = range.Item1; i < range.Item2; i++)
                {
                    var (plan, number, amends) = renderable[i];
                    rendered[i] = Render(plan, number, amends, context, ackCodes);
                    if (NoticeFrame.AwaitsApproval(plan, context))
                        rendered[i] = rendered[i] with { WhenApproved = Render(plan with { Approved = true }, number, amends, context, ackCodes) };
                }
            });
        return new NoticeBatch(rendered, unbound.ToList());
    }

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
