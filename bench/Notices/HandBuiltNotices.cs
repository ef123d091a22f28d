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
        var renderable = new (PlannedNotice Plan, string Number, EnterpriseWording Wording, string? Amends)[plans.Count];
        for (var i = 0; i < plans.Count; i++)
        {
            var plan = plans[i];
            if (plan.TargetKind != "enterprise" || !_bound.TryGetValue((plan.Event, plan.Subject), out var wording))
                throw new NotSupportedException($"the hand-built baseline writes enterprise notices only, not {plan.Key} ({plan.Subject})");
            var prefix = context.IssuerOf(plan.District).PrefixFor(plan);
            var earlier = plan.Event == "issue" ? null : numbers.LastIssued(prefix, year, PlannedNotice.EventKey(plan.TargetKind, plan.District, plan.Target) + ":");
            var n = numbers.NumberFor(prefix, year, plan.Key);
            renderable[i] = (plan, DocumentNumber.Format(prefix, year, n), wording,
                earlier is { } e && e != n ? DocumentNumber.Format(prefix, year, e) : null);
        }
        var rendered = new Notice[renderable.Length];
        Parallel.ForEach(Partitioner.Create(0, renderable.Length), range =>
        {
            for (var i = range.Item1; i < range.Item2; i++)
                rendered[i] = Render(renderable[i].Plan, renderable[i].Number, renderable[i].Wording, renderable[i].Amends, context);
        });
        return new NoticeBatch(rendered, []);
    }

    private static Notice Render(PlannedNotice plan, string number, EnterpriseWording wording, string? amends, NoticeContext context)
    {
        var ack = DocumentNumber.AcknowledgmentCode(plan.Key, context.RulesetSha256);
        var view = NoticeView.Build(plan, context, number, ack, amends);
        var body = Body(view, wording);
        var html = Layout(view, body);
        var text = NoticeText.Email(body, view, null);
        return new Notice(plan.Key, plan.TargetKind, plan.Target, plan.TargetName, plan.District, plan.Event, plan.Subject,
            number, body.Title, html, text, NoticeText.Sms(plan, body, number, context.IssuerOf(plan.District).Authority, ack, context.IssuedAt), ack,
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
        line.Clear().Append("根据").Append(Str(notice["authority"]));
        if (Str(notice["warning_notice"]) is { Length: > 0 } cited) line.Append(cited);
        else
            line.Append("关于").Append(Str(notice["event_name"])).Append(Str(notice["district"])).Append("重污染天气").Append(levelName)
                .Append('（').Append(Str(warning["response"])).Append("）的决定");
        if (Str(notice["event"]) != "issue")
        {
            var change = (ScriptObject)view["change"]!;
            line.Append('，').Append(Str(change["summary"]));
            if (Str(change["amends"]).Length > 0) line.Append("（本通知替代").Append(Str(change["amends"])).Append('）');
        }
        lines.Add(line.Append('，').Append(wording.Instruction).ToString());
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
        lines.Add(line.Clear().Append('请').Append(wording.Closing).ToString());
        lines.Add(Str(notice["ack_line"]));
        return lines.ToBody();
    }

    /// <summary>templates/layout.sbn (the 通知 form an enterprise notice takes) with every value through the same encoder html.escape calls.</summary>
    internal static string Layout(ScriptObject view, NoticeBody body)
    {
        var notice = (ScriptObject)view["notice"]!;
        var title = Escape(body.Title);
        var authority = Escape(Str(notice["authority"]));
        var html = _html ??= new StringBuilder(8_192);
        html.Clear().Append(Head).Append(title).Append(AfterTitle)
            .Append("  <p class=\"masthead\">").Append(authority).Append("</p>\n")
            .Append("  <p class=\"number\">").Append(Escape(Str(notice["number"]))).Append("</p>\n")
            .Append("  <hr class=\"rule\">\n")
            .Append("  <h1>");
        foreach (var segment in NoticeLayout.Segments(body.Title)) html.Append(Escape(segment)).Append("<wbr>");
        html.Append("</h1>\n")
            .Append("  <p class=\"recipient\">").Append(Escape(Str(notice["recipient"]))).Append("：</p>\n")
            .Append("  <div class=\"body\">\n");
        for (var i = 0; i < body.Paragraphs.Count - 1; i++) html.Append("    <p>").Append(Escape(body.Paragraphs[i])).Append("</p>\n");
        html.Append("  </div>\n")
            .Append("  <div class=\"closing\">\n")
            .Append("    <p class=\"last\">").Append(body.Paragraphs.Count > 0 ? Escape(body.Paragraphs[^1]) : "").Append("</p>\n")
            .Append("    <div class=\"signature\">\n")
            .Append("      <div class=\"seal\">（印章）</div>\n")
            .Append("      <p>").Append(authority).Append("</p>\n")
            .Append("      <p>").Append(Escape(Str(notice["issued_on"]))).Append("</p>\n")
            .Append("    </div>\n")
            .Append("    <p class=\"note\">（联系人：").Append(Escape(Str(notice["contact_person"]))).Append("；联系电话：<span class=\"nowrap\">")
            .Append(Escape(Str(notice["phone"]))).Append("</span>）</p>\n")
            .Append("  </div>\n")
            .Append("  \n")
            .Append("  <div class=\"colophon\">\n");
        var copy = (ScriptArray)notice["copy_to"]!;
        if (copy.Count > 0) html.Append("    <p class=\"copy\">抄送：").Append(Escape(string.Join("，", copy.Cast<object>()))).Append("。</p>\n");
        html.Append("    <p class=\"printed\"><span>").Append(Escape(Str(notice["printer"]))).Append("</span><span>")
            .Append(Escape(Str(notice["printed_on"]))).Append("印发</span></p>\n")
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
          body { font-synthesis: none; margin: 0; font-family: "FangSong", "仿宋", "FangSong_GB2312", "FandolFang", "AR PL UKai CN", "Noto Serif CJK SC", serif; font-size: 16pt; line-height: 28pt; color: #000; }
          .page { max-width: 156mm; margin: 0 auto; }
          @media screen { body { padding: 15mm 0; } }
          /* Fonts: 仿宋/小标宋/黑体 where the machine has them, else the Debian packages scripts/lib/prerequisites.sh installs
             (FandolFang 仿宋 body and FandolSong Bold titles from TeX Live's Fandol fonts, converted to TrueType; AR PL UKai/UMing CN, WenQuanYi Zen Hei) — TrueType outlines, so the PDF embeds them by name. */
          .urgency { margin: 0; font-family: "SimHei", "黑体", "WenQuanYi Zen Hei", "Noto Sans CJK SC", sans-serif; }
          .masthead { color: #c00; text-align: center; font-family: "FZXiaoBiaoSong-B05S", "方正小标宋简体", "FandolSong", "AR PL UMing CN", "Noto Serif CJK SC", serif; font-weight: 400; font-size: 36pt; line-height: 1.25; letter-spacing: 2pt; margin: 6mm 0 10mm; }
          .masthead.joint { display: flex; align-items: center; justify-content: center; gap: 4mm; }
          .masthead.joint .names p { margin: 0; font-size: 26pt; }
          .masthead.letter { font-size: 28pt; margin: 0 0 4mm; }
          .number { text-align: center; margin: 0; }
          .letter-number { text-align: right; margin: 2mm 0 8mm; }
          .rule { border: 0; border-top: 2px solid #c00; margin: 4mm 0 10mm; }
          .double-rule { border: 0; border-top: 3px solid #c00; border-bottom: 1px solid #c00; height: 2px; margin: 0; }
          h1 { text-align: center; font-family: "FZXiaoBiaoSong-B05S", "方正小标宋简体", "FandolSong", "AR PL UMing CN", "Noto Serif CJK SC", serif; font-size: 22pt; line-height: 1.5; font-weight: 400; margin: 0 0 8mm; word-break: keep-all; text-wrap: balance; }
          .pending { color: #c00; }
          .recipient { margin: 0; }
          .body p { text-indent: 2em; margin: 0; text-align: justify; overflow-wrap: anywhere; }
          .attachment { margin: 0; text-indent: 2em; }
          .closing { break-inside: avoid; page-break-inside: avoid; }
          .closing .last { text-indent: 2em; margin: 0; text-align: left; overflow-wrap: anywhere; }
          .nowrap { white-space: nowrap; }
          .signature { margin-top: 12mm; text-align: right; padding-right: 4em; position: relative; }
          .signature p { margin: 0; }
          .seal { position: absolute; right: 3em; top: -6mm; width: 42mm; height: 42mm; border: 2px solid #c00; border-radius: 50%; color: #c00; opacity: .8; display: flex; align-items: center; justify-content: center; font-size: 12pt; }
          .note { margin: 0; text-indent: 2em; overflow-wrap: anywhere; }
          .annex { break-before: page; }
          .annex-label { margin: 0; font-family: "SimHei", "黑体", "WenQuanYi Zen Hei", "Noto Sans CJK SC", sans-serif; }
          .annex h2 { text-align: center; font-family: "FZXiaoBiaoSong-B05S", "方正小标宋简体", "FandolSong", "AR PL UMing CN", "Noto Serif CJK SC", serif; font-size: 18pt; font-weight: 400; margin: 4mm 0; }
          .annex table { width: 100%; border-collapse: collapse; font-size: 12pt; line-height: 18pt; }
          .annex th, .annex td { border: 1px solid #000; padding: 1mm 2mm; vertical-align: top; }
          .annex tr { break-inside: avoid; }
          .colophon { break-inside: avoid; margin-top: 14mm; border-top: 1px solid #000; border-bottom: 1px solid #000; font-size: 14pt; line-height: 22pt; }
          .colophon p { margin: 0; padding: 1mm 1em; }
          .colophon .copy { border-bottom: 1px solid #000; }
          .colophon .printed { display: flex; justify-content: space-between; }
        </style>
        </head>
        <body>
        <div class="page">

        """;
}
