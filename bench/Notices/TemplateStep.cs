using EmergencyDSS.Notices;
using Scriban.Runtime;

namespace EmergencyDSS.Bench.Notices;

/// <summary>
/// The template step alone, on one thread: view models built once beforehand (as NoticeRenderer builds
/// them, numbers and receipt codes included), then for every notice the body and the A4 layout, by
/// Scriban (template, NoticeBody.From, layout.sbn) or by the hand-built writer. Numbering, receipt
/// codes, text, SMS, hashing and parallelism are left out, so the ratio is that of the engine's own work.
/// </summary>
internal sealed class TemplateStep
{
    private readonly NoticeRenderer _renderer;
    private readonly (ScriptObject View, NoticeTemplate Template, EnterpriseWording Wording)[] _notices;

    public TemplateStep(RenderComparison comparison)
    {
        var (model, decisions) = (comparison.Model, comparison.Decisions);
        _renderer = comparison.Scriban;
        var (set, errors) = TemplateSet.Load(model, comparison.RulesetDirectory);
        if (set is null) throw new NoticeTemplateException(errors);
        var context = new NoticeContext(model, decisions.Ruleset.Sha256, decisions.Forecast.IssuedAt);
        var year = ChineseTime.Local(context.IssuedAt).Year;
        var numbers = new InMemoryNoticeNumbers();
        _notices = comparison.Plans.Select(plan =>
        {
            set.TryFind(plan.Event, plan.Subject, out _, out var template);
            var number = DocumentNumber.Format(context.Prefix, year, numbers.NumberFor(context.Prefix, year, plan.Key));
            var view = NoticeView.Build(plan, context, number, DocumentNumber.AcknowledgmentCode(plan.Key, context.RulesetSha256));
            return (view, template, comparison.HandBuilt.WordingOf(plan));
        }).ToArray();
    }

    public int Count => _notices.Length;

    /// <summary>Body then layout for every notice; returns the HTML of the last, so nothing is optimised away.</summary>
    public string Scriban()
    {
        var html = "";
        foreach (var (view, template, _) in _notices) html = _renderer.RenderLayout(view, NoticeBody.From(template.Render(view)));
        return html;
    }

    public string HandBuilt()
    {
        var html = "";
        foreach (var (view, _, wording) in _notices) html = HandBuiltNotices.Layout(view, HandBuiltNotices.Body(view, wording));
        return html;
    }

    /// <summary>The first notice whose body or HTML differs between the two, or null.</summary>
    public string? FirstDifference()
    {
        foreach (var (view, template, wording) in _notices)
        {
            var scribanBody = NoticeBody.From(template.Render(view));
            var scriban = _renderer.RenderLayout(view, scribanBody);
            var handBody = HandBuiltNotices.Body(view, wording);
            var hand = HandBuiltNotices.Layout(view, handBody);
            if (scriban != hand || scribanBody.Title != handBody.Title || !scribanBody.Paragraphs.SequenceEqual(handBody.Paragraphs))
                return $"template step differs for {((ScriptObject)view["notice"]!)["number"]}";
        }
        return null;
    }
}
