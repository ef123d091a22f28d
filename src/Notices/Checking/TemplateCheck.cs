using EmergencyDSS.Dsl.Binding;
using EmergencyDSS.Dsl.Model;

namespace EmergencyDSS.Notices;

/// <summary>
/// `dss check` for notice templates: every bound file exists and parses (file(line,col)), and renders
/// against a sample notice of each event and subject it is bound to, with strict variables.
/// </summary>
public static class TemplateCheck
{
    public static IReadOnlyList<Diagnostic> Check(RuleModel model, string rulesetDirectory)
    {
        var (set, errors) = TemplateSet.Load(model, rulesetDirectory);
        if (set is null)
            return errors.Select(e => NoticeMessages.IsFileProblem(e.Message) ? NoticeMessages.Missing(e) : NoticeMessages.Syntax(e))
                .ToList();

        var diagnostics = new List<Diagnostic>();
        var reported = new HashSet<string>(StringComparer.Ordinal);
        var context = new NoticeContext(model, model.Header.Sha256 ?? "", new DateTimeOffset(2024, 12, 2, 16, 0, 0, TimeSpan.FromHours(8)));
        foreach (var (ev, subject) in set.Bindings.OrderBy(b => b.Event, StringComparer.Ordinal).ThenBy(b => b.Subject, StringComparer.Ordinal))
        {
            set.TryFind(ev, subject, out _, out var template);
            var view = NoticeView.Build(SampleNotices.For(model, ev, subject), context, "示例〔2024〕1号", "ABCDEFGHIJ");
            try
            {
                var body = NoticeBody.From(template.Render(view));
                var html = new[] { body.Title }.Concat(body.Paragraphs);
                try
                {
                    NoticeLayout.Bind(view, body, null);
                    set.Layout.Render(view);
                }
                catch (TemplateRenderException e)
                {
                    if (reported.Add(e.Error.ToString())) diagnostics.Add(NoticeMessages.Render(e.Error));
                }
                foreach (var leftover in new[] { "{{", "}}" })
                    if (html.Any(l => l.Contains(leftover, StringComparison.Ordinal)) && reported.Add(template.Path + leftover))
                        diagnostics.Add(NoticeMessages.Leftover(template.Path, leftover));
            }
            catch (TemplateRenderException e)
            {
                if (reported.Add(e.Error.ToString())) diagnostics.Add(NoticeMessages.Render(e.Error));
            }
        }
        return diagnostics;
    }
}
