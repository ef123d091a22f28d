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

    /// <summary>Plans and renders every notice of a decision set; unbound (event, subject) pairs are listed, not rendered.</summary>
    public NoticeBatch RenderAll(DecisionSet decisions, IReadOnlyDictionary<string, string>? events = null,
        INoticeNumberSource? numbers = null) =>
        Render(NoticePlanner.Plan(decisions, events), decisions, numbers);

    /// <summary>Renders planned notices (e.g. from <see cref="ChangeNoticePlanner"/>); <paramref name="decisions"/>
    /// gives the ruleset hash and the issue date. <paramref name="ackCodes"/> (by notice key) are printed on the notices;
    /// without them each notice gets its <see cref="AcknowledgmentCodes.Preview"/> code.</summary>
    public NoticeBatch Render(IReadOnlyList<PlannedNotice> plans, DecisionSet decisions, INoticeNumberSource? numbers = null,
        IReadOnlyDictionary<string, string>? ackCodes = null)
    {
        var context = new NoticeContext(_model, decisions.Ruleset.Sha256, decisions.Forecast.IssuedAt);
        numbers ??= new InMemoryNoticeNumbers();
        var year = ChineseTime.Local(context.IssuedAt).Year;
        var renderable = new List<(PlannedNotice Plan, string Number)>();
        var unbound = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var plan in plans)
        {
            if (!_templates.TryFind(plan.Event, plan.Subject, out _, out _))
            {
                unbound.Add(NoticeMessages.Unbound(plan.Event, plan.Subject));
                continue;
            }
            // Numbers are drawn sequentially in planned order so the same decisions give the same 文号.
            var n = numbers.NumberFor(context.Prefix, year, plan.Key);
            renderable.Add((plan, DocumentNumber.Format(context.Prefix, year, n)));
        }
        var rendered = new Notice[renderable.Count];
        Parallel.ForEach(Partitioner.Create(0, renderable.Count), range =>
        {
            for (var i = range.Item1; i < range.Item2; i++) rendered[i] = Render(renderable[i].Plan, renderable[i].Number, context, ackCodes);
        });
        return new NoticeBatch(rendered, unbound.ToList());
    }

    private Notice Render(PlannedNotice plan, string number, NoticeContext context, IReadOnlyDictionary<string, string>? ackCodes)
    {
        _templates.TryFind(plan.Event, plan.Subject, out _, out var template);
        var ack = ackCodes is null ? AcknowledgmentCodes.Preview(plan.Key, context.RulesetSha256) : ackCodes[plan.Key];
        var model = NoticeView.Build(plan, context, number, ack);
        var body = NoticeBody.From(template.Render(model));
        var html = RenderLayout(model, body);
        var text = NoticeText.Email(body, plan.Recipient ?? plan.TargetName, number, context, ack);
        return new Notice(plan.Key, plan.TargetKind, plan.Target, plan.TargetName, plan.District, plan.Event, plan.Subject,
            number, body.Title, html, text, NoticeText.Sms(plan, body, number, context, ack), ack,
            DocumentNumber.Sha256Hex(html, text));
    }

    internal string RenderLayout(ScriptObject model, NoticeBody body)
    {
        var paragraphs = new ScriptArray();
        foreach (var p in body.Paragraphs) paragraphs.Add(p);
        model["title"] = body.Title;
        model["paragraphs"] = paragraphs;
        return _templates.Layout.Render(model);
    }
}
