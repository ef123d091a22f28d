using System.Diagnostics;
using EmergencyDSS.Notices.Tests.Support;

namespace EmergencyDSS.Notices.Tests;

/// <summary>
/// One notice of every document kind and subject printed to PDF through one Chromium session, then
/// read back with poppler: page numbers 「— N —」 as text, the 版记 (抄送, 印发), the closing paragraph on
/// the page of the signature and date (never a page holding only the signature block), and the body
/// and title fonts embedded by name. PDFs and PNG screenshots of each kind go to artifacts/notices/.
/// </summary>
public class NoticePdfTests
{
    /// <summary>(file name, event, subject) — each kind and form the demo issues.</summary>
    private static readonly (string Name, string Event, string Subject)[] Kinds =
    [
        ("regional-issue", "issue", "regional"), ("warning-issue", "issue", "warning"), ("warning-upgrade", "upgrade", "warning"),
        ("enterprise-stop", "issue", "stop"), ("enterprise-limit", "issue", "limit"), ("enterprise-self", "issue", "exempt"),
        ("enterprise-transport", "issue", "ban"), ("construction", "issue", "construction"), ("traffic", "issue", "traffic"),
        ("advisory", "issue", "advisory"), ("rainfall-request", "issue", "rainfall"), ("party-action", "issue", "party"),
        ("lift-warning", "lift", "warning"), ("lift-stop", "lift", "stop"),
    ];

    [Fact]
    public async Task EveryKind_PrintsWithPageNumbersColophonFontsAndNoLonelySignature()
    {
        var artifacts = Directory.CreateDirectory(Path.Combine(Demo.RepoRoot(), "artifacts", "notices"));
        var dir = Directory.CreateTempSubdirectory("dss-pdf-kinds-");
        try
        {
            await using var session = await ChromiumPdfSession.StartAsync();
            foreach (var (name, ev, subject) in Kinds)
            {
                var notice = Render.DemoWith(ev).Notices.First(n => n.Subject == subject);
                var html = Path.Combine(dir.FullName, name + ".html");
                File.WriteAllText(html, notice.Html);
                var pdf = Path.Combine(artifacts.FullName, name + ".pdf");
                File.WriteAllBytes(pdf, await session.PrintAsync(html));
                Check(name, notice, pdf);
                Poppler("pdftoppm", "-png", "-r", "50", pdf, Path.Combine(artifacts.FullName, name));
            }
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    private static void Check(string name, Notice notice, string pdf)
    {
        var pages = Pages(pdf);
        var all = Flat(string.Concat(pages));
        for (var i = 0; i < pages.Count; i++)
            Assert.True(Flat(pages[i]).Contains($"—{i + 1}—", StringComparison.Ordinal), $"{name}: page {i + 1} has no page number");
        Assert.Contains("印发", all, StringComparison.Ordinal);
        Assert.Contains(Flat(notice.DocumentNumber), all, StringComparison.Ordinal);
        // The page with the 成文日期 and signature also holds the last body line before them.
        var text = notice.Text.Split('\n');
        var closing = Flat(text[Array.FindIndex(text, l => l.StartsWith("（联系人", StringComparison.Ordinal)) - 3]);
        var signed = pages.FindLastIndex(p => Flat(p).Contains("（联系人", StringComparison.Ordinal));
        Assert.True(signed >= 0, $"{name}: no 附注 found");
        var tail = closing[^Math.Min(12, closing.Length)..];
        Assert.True(Flat(pages[signed]).Contains(tail, StringComparison.Ordinal),
            $"{name}: page {signed + 1} holds the signature block without the closing body line 「{tail}」");

        var fonts = Poppler("pdffonts", pdf);
        // 仿宋 body (FandolFang), 小标宋-style title (FandolSong Bold) and page numbers (AR PL UMing CN) embedded by name;
        // no unnamed Type 3 stand-ins.
        Assert.Contains("FandolFang-Regular", fonts, StringComparison.Ordinal);
        Assert.Contains("FandolSong-Bold", fonts, StringComparison.Ordinal);
        Assert.Contains("UMingCN", fonts, StringComparison.Ordinal);
        Assert.DoesNotContain("Type 3", fonts, StringComparison.Ordinal);
        Assert.All(fonts.Split('\n').Skip(2).Where(l => l.Trim().Length > 0), l => Assert.Contains(" yes ", l, StringComparison.Ordinal));
    }

    /// <summary>The text of each page (pdftotext separates pages with form feeds).</summary>
    private static List<string> Pages(string pdf) =>
        Poppler("pdftotext", "-enc", "UTF-8", "-layout", pdf, "-").Split('\f').SkipLast(1).ToList();

    private static string Flat(string s) => string.Concat(s.Where(c => !char.IsWhiteSpace(c)));

    private static string Poppler(string tool, params string[] args)
    {
        var path = $"/usr/bin/{tool}";
        Assert.True(File.Exists(path), $"{path} not found: install poppler-utils (scripts/lib/prerequisites.sh)");
        var start = new ProcessStartInfo(path) { RedirectStandardOutput = true };
        foreach (var a in args) start.ArgumentList.Add(a);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.Equal(0, process.ExitCode);
        return output;
    }
}
