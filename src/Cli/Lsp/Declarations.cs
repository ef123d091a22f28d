using EmergencyDSS.Dsl.Syntax;
using EmergencyDSS.Dsl.Syntax.Tree;

namespace EmergencyDSS.Cli.Lsp;

/// <summary>Every name a ruleset declares, read from its syntax, with the place and a summary for hover.</summary>
internal static class Declarations
{
    public static IReadOnlyList<Declaration> Of(RulesetWorkspace.Analysis analysis)
    {
        var found = new List<Declaration>();
        foreach (var file in analysis.Files)
        {
            var full = analysis.FullPath(file.Path);
            var lines = file.Text.Split('\n');
            Declaration At(Name name, string kind, string summary) =>
                new(name.Text, kind, full, name.Span.Line, name.Span.Column, Math.Max(1, name.Span.Length), summary);
            string Line(Node node) => node.Span.Line - 1 < lines.Length ? lines[node.Span.Line - 1].Trim() : "";
            foreach (var statement in file.Statements)
            {
                switch (statement)
                {
                    case ConstStatement c:
                        found.Add(At(c.Name, "const", $"常量 `{c.Name.Text}` = {c.Value.Value}"));
                        break;
                    case LevelStatement l:
                        found.Add(At(l.Id, "level", $"{(l.AdvisoryOnly ? "提示层级" : "预警等级")} `{l.Id.Text}` 「{l.Title.Text}」{(l.Response is null ? "" : " " + l.Response.Text)}\n\n```\n{Trigger(lines, l)}\n```"));
                        break;
                    case ListStatement { Title: { } title } list:
                        found.Add(At(title, list.Kind, $"{(list.Kind == "zone" ? "管控区" : "区域")} `{title.Text}`{(list.Description is null ? "" : "（" + list.Description.Text + "）")}: {string.Join("、", list.Items.Select(i => i.Text))}"));
                        break;
                    case ListStatement list:
                        var what = list.Kind switch { "districts" => "区县", "industries" => "行业", _ => "绩效等级" };
                        found.AddRange(list.Items.Select(i => At(i, list.Kind, $"{what} `{i.Text}`")));
                        break;
                    case TableStatement t:
                        found.Add(At(t.Title, "table", $"{(t.IsDefault ? "默认措施表" : "减排措施表")} `{t.Title.Text}`{(t.Industries.Count == 0 ? "" : "，适用行业：" + string.Join("、", t.Industries.Select(i => i.Text)))}；列：{string.Join("、", t.Columns.Select(c => c.Text))}"));
                        break;
                    case TemplateStatement t:
                        found.Add(At(t.Title, "template", $"通知模板 `{t.Title.Text}` → `{t.Path.Text}`\n\n{Line(t)}"));
                        break;
                }
            }
        }
        return found;
    }

    /// <summary>The level's statement as written (up to its closing brace), for hover.</summary>
    private static string Trigger(string[] lines, LevelStatement level)
    {
        var start = level.Span.Line - 1;
        var text = new List<string>();
        for (var i = start; i < lines.Length && i < start + 8; i++)
        {
            text.Add(lines[i].TrimEnd());
            if (lines[i].TrimEnd().EndsWith('}')) break;
        }
        return string.Join('\n', text);
    }
}
