using System.Text;
using EmergencyDSS.Dsl.Model;
using EmergencyDSS.Engine.Evaluation;

namespace EmergencyDSS.Notices;

/// <summary>
/// Writes DIR/notices/&lt;district&gt;/&lt;target&gt;-&lt;event&gt;.html and .txt (and .pdf) for every notice,
/// plus DIR/notices/index.html. `dss simulate` calls this.
/// </summary>
public static class NoticeWriter
{
    /// <summary>Chromium sessions printing at once: one per core, at most 4 (each browser is itself multi-threaded).</summary>
    private static int PdfWorkers => Math.Clamp(Environment.ProcessorCount, 1, 4);

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public static NoticeBatch Write(DecisionSet decisions, RuleModel model, string rulesetDirectory, string outDir, bool pdf,
        IReadOnlyDictionary<string, string>? events = null, INoticeNumberSource? numbers = null)
    {
        var batch = new NoticeRenderer(model, rulesetDirectory).RenderAll(decisions, events, numbers);
        var root = Path.Combine(outDir, "notices");
        Directory.CreateDirectory(root);
        var written = batch.Notices.Select(n => (Notice: n, Relative: RelativePath(n))).ToList();
        foreach (var folder in written.Select(w => Path.GetDirectoryName(Path.Combine(root, w.Relative))!).Distinct()) Directory.CreateDirectory(folder);
        // Tens of thousands of small files: file creation, not bytes, is the cost, and it overlaps well.
        Parallel.ForEach(written, new ParallelOptions { MaxDegreeOfParallelism = 8 }, w =>
        {
            var full = Path.Combine(root, w.Relative);
            File.WriteAllText(full + ".html", w.Notice.Html, Utf8);
            File.WriteAllText(full + ".txt", w.Notice.Text, Utf8);
        });
        if (pdf)
            PdfBatch.PrintAllAsync(written.Select(w => Path.Combine(root, w.Relative + ".html")).ToList(), PdfWorkers)
                .GetAwaiter().GetResult();
        File.WriteAllText(Path.Combine(root, "index.html"), NoticeIndex.Html(written, batch.Unbound, pdf), Utf8);
        return batch;
    }

    /// <summary>&lt;district&gt;/&lt;target&gt;-&lt;event&gt;, the target made safe for a file name.</summary>
    public static string RelativePath(Notice notice) =>
        Path.Combine(Safe(notice.District), $"{Safe(notice.TargetKind == "enterprise" ? notice.Target : $"{notice.TargetKind}-{notice.Target}")}-{notice.Event}");

    private static string Safe(string name)
    {
        var invalid = Path.GetInvalidFileNameChars();
        var chars = name.Select(c => invalid.Contains(c) || c is '\\' or ':' or '*' or '?' or '"' or '<' or '>' or '|' ? '_' : c).ToArray();
        return new string(chars);
    }
}
