using System.Collections.Concurrent;
using System.Net;
using System.Text;
using EmergencyDSS.Dsl.Model;
using EmergencyDSS.Engine.Evaluation;
using EmergencyDSS.Notices;
using Scriban.Runtime;

namespace EmergencyDSS.Bench.Notices;

/// <summary>
/// The baseline of the render benchmark: enterprise notices (every subject the ruleset binds to
/// templates/enterprise-*.sbn) written with StringBuilder instead of Scriban, byte for byte what
/// <see cref="NoticeRenderer"/> produces. Everything around the template engine is the Scriban path's
/// own code, called the same way: numbering in planned order, the acknowledgment code, the view model
/// (<see cref="NoticeView"/>, read here instead of handed to a template), the text and SMS forms, the
/// content hash, and the same Parallel.ForEach over a range partitioner. So the two differ only in
/// how the body and the A4 layout are produced.
/// </summary>
internal sealed class HandBuiltNotices
{
    /// <summary>array.join in the sandbox refuses (or cuts) a joined string this long (TemplateLimits.LimitToString).</summary>
    private const int JoinLimit = 4_000;

    // Each rendering thread reuses its builders, as the Scriban path reuses its per-thread TemplateContext and output.
    [ThreadStatic] private static StringBuilder? _line;
    [ThreadStatic] private static StringBuilder? _html;

    private readonly RuleModel _model;
    private readonly Dictionary<(string Event, string Subject), EnterpriseWording> _bound = [];

    public HandBuiltNotices(RuleModel model)
    {
        _model = model;
        // The same first-binding-wins lookup as TemplateSet, kept only where the template is an enterprise one.
        var byPath = EnterpriseWording.All.ToDictionary(w => w.TemplatePath, StringComparer.Ordinal);
        var first = new HashSet<(string, string)>();
        foreach (var binding in model.Templates)
            foreach (var ev in binding.Events)
                foreach (var subject in binding.Subjects)
                    if (first.Add((ev, subject)) && byPath.TryGetValue(binding.Path, out var wording))
                        _bound[(ev, subject)] = wording;
    }

    /// <summary>Whether the baseline writes this notice: an enterprise notice bound to an enterprise template.</summary>
    public bool Handles(PlannedNotice plan) => plan.TargetKind == "enterprise" && _bound.ContainsKey((plan.Event, plan.Subject));

    /// <summary>The wording the baseline writes this notice with (see <see cref="Handles"/>).</summary>
    public EnterpriseWording WordingOf(PlannedNotice plan) => _bound[(plan.Event, plan.Subject)];

    /// <summary>Every (event, subject) the baseline writes, in the ruleset's binding order.</summary>
    public IEnumerable<(string Event, string Subject)> Bindings => _bound.Keys;

    /// <summary>Renders planned enterprise notices as <see cref="NoticeRenderer.Render"/> would.</summary>
    /// <exception cref="NotSupportedException">A plan the baseline does not write (see <see cref="Handles"/>).</exception>
    public NoticeBatch Render(IReadOnlyList<PlannedNotice> plans, DecisionSet decisions, INoticeNumberSource? numbers = null)
    {
        var context = new NoticeContext(_model, decisions.Ruleset.Sha256, decisions.Forecast.IssuedAt);
        numbers ??= new InMemoryNoticeNumbers();
        var year = ChineseTime.Local(context.IssuedAt).Year;
        var renderable = new (PlannedNotice Plan, string Number, EnterpriseWording Wording)[plans.Count];
        for (var i = 0; i < plans.Count; i++)
        {
            var plan = plans[i];
            if (plan.TargetKind != "enterprise" || !_bound.TryGetValue((plan.Event, plan.Subject), out var wording))
                throw new NotSupportedException($"the hand-built baseline writes enterprise notices only, not {plan.Key} ({plan.Subject})");
            var n = numbers.NumberFor(context.Prefix, year, plan.Key);
            renderable[i] = (plan, DocumentNumber.Format(context.Prefix, year, n), wording);
        }
        var rendered = new Notice[renderable.Length];
        Parallel.ForEach(Partitioner.Create(0, renderable.Length), range =>
        {
            for (var i = range.Item1; i < range.Item2; i++)
                rendered[i] = Render(renderable[i].Plan, renderable[i].Number, renderable[i].Wording, context);
        });
        return new NoticeBatch(rendered, []);
    }

    private static Notice Render(PlannedNotice plan, string number, EnterpriseWording wording, NoticeContext context)
    {
        var ack = DocumentNumber.AcknowledgmentCode(plan.Key, context.RulesetSha256);
        var view = NoticeView.Build(plan, context, number, ack);
        var body = Body(view, wording);
        var html = Layout(view, body);
        var text = NoticeText.Email(body, plan.Recipient ?? plan.TargetName, number, context, ack);
        return new Notice(plan.Key, plan.TargetKind, plan.Target, plan.TargetName, plan.District, plan.Event, plan.Subject,
            number, body.Title, html, text, NoticeText.Sms(plan, body, number, context, ack), ack,
            DocumentNumber.Sha256Hex(html, text));
    }

    /// <summary>templates/enterprise-*.sbn: title, opening, one line per measure, basis, trigger, reasoning, closing.</summary>
    internal static NoticeBody Body(ScriptObject view, EnterpriseWording wording)
    {
        var notice = (ScriptObject)view["notice"]!;
        var warning = (ScriptObject)view["warning"]!;
        var measures = (ScriptArray)view["measures"]!;
        var levelName = Str(warning["level_name"]);
        var lines = new NoticeLines();
        var line = _line ??= new StringBuilder(512);
        line.Clear();

        lines.Add(line.Append("关于").Append(Str(((ScriptObject)view["target"]!)["name"])).Append("在重污染天气").Append(levelName)
            .Append("期间").Append(wording.TitleAction).Append("的通知").ToString());
        lines.Add(line.Clear().Append("根据").Append(Str(notice["authority"])).Append("关于").Append(Str(notice["event_name"]))
            .Append(Str(notice["district"])).Append("重污染天气").Append(levelName).Append('（').Append(Str(warning["response"]))
            .Append("）的决定，").Append(wording.Instruction).ToString());
        var bases = new List<string>(measures.Count);
        foreach (var item in measures)
        {
            var m = (ScriptObject)item!;
            lines.Add(line.Clear().Append(Str(m["category"])).Append('：').Append(Str(m["summary"])).Append("。执行时间：")
                .Append(Str(m["start"])).Append('至').Append(Str(m["end"])).Append('。').ToString());
            var basis = Str(m["basis"]);
            if (!bases.Contains(basis)) bases.Add(basis); // array.uniq: first occurrence, in order
        }
        line.Clear().Append("实施依据：");
        var joinedFrom = line.Length;
        for (var i = 0; i < bases.Count; i++) (i == 0 ? line : line.Append('；')).Append(bases[i]);
        if (line.Length - joinedFrom >= JoinLimit)
            throw new NotSupportedException("the basis list reaches Scriban's LimitToString; the template path refuses or cuts it there");
        lines.Add(line.Append('。').ToString());
        lines.Add(line.Clear().Append("预警依据：").Append(Str(warning["trigger"])).Append("，达到").Append(levelName)
            .Append("启动条件。").ToString());
        lines.Add(line.Clear().Append("判定说明：").Append(measures.Count > 0 ? Str(((ScriptObject)measures[0]!)["because"]) : "")
            .Append('。').ToString());
        lines.Add(line.Clear().Append("请于").Append((int)notice["ack_hours"]!).Append("小时内登录平台确认收悉，").Append(wording.Closing).ToString());
        return lines.ToBody();
    }

    /// <summary>templates/layout.sbn with every value through the same encoder html.escape calls.</summary>
    internal static string Layout(ScriptObject view, NoticeBody body)
    {
        var notice = (ScriptObject)view["notice"]!;
        var title = Escape(body.Title);
        var authority = Escape(Str(notice["authority"]));
        var html = _html ??= new StringBuilder(8_192);
        html.Clear().Append(Head).Append(title).Append(AfterTitle)
            .Append("  <p class=\"masthead\">").Append(authority).Append("文件</p>\n")
            .Append("  <p class=\"number\">").Append(Escape(Str(notice["number"]))).Append("</p>\n")
            .Append("  <hr class=\"rule\">\n")
            .Append("  <h1>").Append(title).Append("</h1>\n")
            .Append("  <p class=\"recipient\">").Append(Escape(Str(notice["recipient"]))).Append("：</p>\n")
            .Append("  <div class=\"body\">\n");
        foreach (var p in body.Paragraphs) html.Append("    <p>").Append(Escape(p)).Append("</p>\n");
        html.Append("  </div>\n")
            .Append("  <div class=\"signature\">\n")
            .Append("    <div class=\"seal\">（印章）</div>\n")
            .Append("    <p>").Append(authority).Append("</p>\n")
            .Append("    <p>").Append(Escape(Str(notice["issued_on"]))).Append("</p>\n")
            .Append("  </div>\n")
            .Append("  <div class=\"colophon\">\n")
            .Append("    <p>联系方式：").Append(Escape(Str(notice["contact"]))).Append("</p>\n")
            .Append("    <p>回执确认码：").Append(Escape(Str(notice["ack_code"]))).Append("（请于").Append((int)notice["ack_hours"]!)
            .Append("小时内登录平台确认）</p>\n")
            .Append("  </div>\n")
            .Append("</div>\n")
            .Append("</body>\n")
            .Append("</html>\n");
        return html.ToString();
    }

    /// <summary>Scriban's html.escape is WebUtility.HtmlEncode (&lt; &gt; &amp; &quot; &#39;, Latin-1 and astral
    /// characters as numeric references); a null prints as nothing.</summary>
    internal static string Escape(string text) => WebUtility.HtmlEncode(text);

    private static string Str(object? value) => (string?)value ?? "";

    private const string Head = """
        <!DOCTYPE html>
        <html lang="zh-CN">
        <head>
        <meta charset="utf-8">
        <title>
        """;

    private const string AfterTitle = """
        </title>
        <style>
          @page { size: A4; margin: 37mm 26mm 35mm 28mm; }
          body { margin: 0; font-family: "FangSong", "Noto Serif CJK SC", "Noto Sans CJK SC", serif; font-size: 16pt; line-height: 28pt; color: #000; }
          .page { max-width: 156mm; margin: 0 auto; }
          @media screen { body { padding: 15mm 0; } }
          .masthead { color: #c00; text-align: center; font-family: "Noto Serif CJK SC", serif; font-weight: 700; font-size: 36pt; line-height: 1.2; letter-spacing: 2pt; margin: 0 0 12mm; }
          .number { text-align: center; margin: 0; }
          .rule { border: 0; border-top: 2px solid #c00; margin: 4mm 0 10mm; }
          h1 { text-align: center; font-family: "Noto Serif CJK SC", serif; font-size: 22pt; line-height: 1.5; font-weight: 700; margin: 0 0 8mm; }
          .recipient { margin: 0; }
          .body p { text-indent: 2em; margin: 0; text-align: justify; }
          .signature { margin-top: 14mm; text-align: right; padding-right: 4em; position: relative; }
          .seal { position: absolute; right: 2em; top: -12mm; width: 42mm; height: 42mm; border: 2px solid #c00; border-radius: 50%; color: #c00; opacity: .8; display: flex; align-items: center; justify-content: center; font-size: 12pt; }
          .colophon { margin-top: 18mm; border-top: 1px solid #000; border-bottom: 1px solid #000; font-size: 14pt; line-height: 22pt; padding: 2mm 1em; }
        </style>
        </head>
        <body>
        <div class="page">

        """;
}
