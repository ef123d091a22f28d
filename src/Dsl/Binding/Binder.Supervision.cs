using EmergencyDSS.Dsl.Model;
using EmergencyDSS.Dsl.Syntax.Tree;

namespace EmergencyDSS.Dsl.Binding;

/// <summary>The supervision and exposure list rules: one of each, whole counts, sensible windows, exposure after supervision.</summary>
internal sealed partial class Binder
{
    private readonly Dictionary<string, (SupervisionStatement Statement, string File)> _listRules = new(StringComparer.Ordinal);

    private void BindSupervision(SupervisionStatement s, ModelParts parts)
    {
        if (_listRules.TryGetValue(s.Kind, out var first))
        {
            _diagnostics.Add(DiagnosticCatalog.ListRuleTwice(At(s), s.Kind, first.Statement.Span.Line));
            return;
        }
        _listRules[s.Kind] = (s, _file);
        var violations = Number(s.Violations);
        var days = Number(s.Days);
        var ok = true;
        if (!double.IsNaN(violations) && (violations < 1 || violations != Math.Floor(violations)))
        {
            _diagnostics.Add(DiagnosticCatalog.BadViolationCount(At(s.Violations), s.Kind, violations));
            ok = false;
        }
        if (!double.IsNaN(days) && (days < 1 || days > 3650 || days != Math.Floor(days)))
        {
            _diagnostics.Add(DiagnosticCatalog.BadViolationWindow(At(s.Days), s.Kind, days));
            ok = false;
        }
        if (s.Template is { } t && !TemplatePaths.StaysInside(t.Text))
        {
            _diagnostics.Add(DiagnosticCatalog.TemplateOutside(At(t), t.Text));
            ok = false;
        }
        if (!ok || double.IsNaN(violations) || double.IsNaN(days)) return;
        var rule = new SupervisionRule(s.Kind, (int)violations, (int)days, s.CountsPartly, s.Template?.Text, Ref(s));
        if (s.Kind == "supervise") parts.Supervise = rule;
        else parts.Expose = rule;
    }

    /// <summary>After all statements: exposure needs supervision and should not come before it.</summary>
    private void CheckListRules(ModelParts parts)
    {
        if (!_listRules.TryGetValue("expose", out var expose)) return;
        var file = _file;
        _file = expose.File;
        if (!_listRules.ContainsKey("supervise"))
            _diagnostics.Add(DiagnosticCatalog.ExposeWithoutSupervise(At(expose.Statement)));
        else if (parts.Expose is { } e && parts.Supervise is { } s && e.Violations < s.Violations)
            _diagnostics.Add(DiagnosticCatalog.ExposedBeforeSupervised(At(expose.Statement.Violations), e.Violations, s.Violations));
        _file = file;
    }
}
