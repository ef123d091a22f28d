using EmergencyDSS.Dsl.Model;

namespace EmergencyDSS.Notices;

/// <summary>
/// Every template the ruleset binds, plus the shared A4 layout, parsed once. Looks a template up by
/// (event, subject) as the ruleset's `template … for events of subjects` lines say.
/// </summary>
internal sealed class TemplateSet
{
    /// <summary>The one HTML frame (红头, 文号, seal) every notice body is set in.</summary>
    public const string LayoutPath = "templates/layout.sbn";

    /// <summary>Event and subject of the supervision notice (督办通知).</summary>
    public const string Supervise = "supervise";

    private readonly Dictionary<(string Event, string Subject), (TemplateBinding Binding, NoticeTemplate Template)> _bound;

    private TemplateSet(NoticeTemplate layout, Dictionary<(string, string), (TemplateBinding, NoticeTemplate)> bound) =>
        (Layout, _bound) = (layout, bound);

    public NoticeTemplate Layout { get; }

    /// <summary>Parses the layout and every bound template; returns errors instead of a set if any fails.</summary>
    public static (TemplateSet? Set, IReadOnlyList<TemplateError> Errors) Load(RuleModel model, string rulesetDirectory)
    {
        var errors = new List<TemplateError>();
        var parsed = new Dictionary<string, NoticeTemplate>(StringComparer.Ordinal);
        NoticeTemplate? Get(string path)
        {
            if (parsed.TryGetValue(path, out var known)) return known;
            var (text, problem) = TemplateFiles.Read(rulesetDirectory, path);
            if (text is null)
            {
                errors.Add(new TemplateError(path, 1, 1, problem!));
                return null;
            }
            var (template, problems) = NoticeTemplate.Parse(path, text);
            errors.AddRange(problems);
            if (template is not null) parsed[path] = template;
            return template;
        }

        var layout = Get(LayoutPath);
        var bound = new Dictionary<(string, string), (TemplateBinding, NoticeTemplate)>();
        foreach (var binding in model.Templates)
        {
            var template = Get(binding.Path);
            if (template is null) continue;
            foreach (var ev in binding.Events)
                foreach (var subject in binding.Subjects)
                    bound.TryAdd((ev, subject), (binding, template));
        }
        // The 督办通知 of the `supervise` line: bound to the event and subject "supervise", which no measure has.
        if (model.Supervise?.Template is { } supervise && Get(supervise) is { } t)
            bound.TryAdd((Supervise, Supervise), (new TemplateBinding { Name = "督办通知", Path = supervise, Events = [Supervise], Subjects = [Supervise] }, t));
        return errors.Count > 0 || layout is null ? (null, errors) : (new TemplateSet(layout, bound), []);
    }

    public bool TryFind(string ev, string subject, out TemplateBinding binding, out NoticeTemplate template)
    {
        var found = _bound.TryGetValue((ev, subject), out var pair);
        (binding, template) = pair;
        return found;
    }

    public IEnumerable<(string Event, string Subject)> Bindings => _bound.Keys;
}
