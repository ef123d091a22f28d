using System.Text.RegularExpressions;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace EmergencyDSS.Notices;

/// <summary>One parsed template; parsed once, rendered many times (Scriban templates are immutable).</summary>
internal sealed class NoticeTemplate
{
    private readonly Template _template;

    private NoticeTemplate(string path, Template template) => (Path, _template) = (path, template);

    /// <summary>Path relative to the ruleset folder, as the ruleset binds it (templates/warning.sbn).</summary>
    public string Path { get; }

    public static (NoticeTemplate? Template, IReadOnlyList<TemplateError> Errors) Parse(string path, string text)
    {
        var template = Template.Parse(text, path);
        if (!template.HasErrors) return (new NoticeTemplate(path, template), []);
        var errors = template.Messages
            .Where(m => m.Type == Scriban.Parsing.ParserMessageType.Error)
            // Scriban gives no position (-1) for an error at the end of the text: name the last line instead.
            .Select(m => m.Span.Start.Line < 0
                ? new TemplateError(path, text.Split('\n').Length, 1, m.Message)
                : new TemplateError(path, m.Span.Start.Line + 1, Math.Max(1, m.Span.Start.Column + 1), m.Message))
            .ToList();
        return (null, errors);
    }

    /// <summary>Renders or throws <see cref="TemplateRenderException"/> naming the template position.</summary>
    private static readonly string RegexTimedOut =
        $"a regular expression took longer than {TemplateLimits.RegexTimeout.TotalMilliseconds} ms (catastrophic backtracking?)";

    public string Render(ScriptObject model)
    {
        var context = TemplateLimits.Rent();
        context.PushGlobal(model);
        try
        {
            var text = _template.Render(context);
            context.PopGlobal();
            TemplateLimits.Return(context);
            return text;
        }
        catch (ScriptRuntimeException e)
        {
            // A failed render may leave loops or output half-way: that context is not reused.
            throw new TemplateRenderException(new TemplateError(Path, Math.Max(1, e.Span.Start.Line + 1), Math.Max(1, e.Span.Start.Column + 1),
                e.InnerException is RegexMatchTimeoutException ? RegexTimedOut : e.OriginalMessage));
        }
        catch (RegexMatchTimeoutException)
        {
            throw new TemplateRenderException(new TemplateError(Path, 1, 1, RegexTimedOut));
        }
    }
}
