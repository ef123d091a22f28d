using System.Diagnostics;
using EmergencyDSS.Notices.Tests.Support;

namespace EmergencyDSS.Notices.Tests;

/// <summary>
/// Headless Chromium prints a stop notice to PDF and the PDF's extracted text holds real Chinese
/// (not boxes); a screenshot is kept in artifacts/notices/. CI installs chromium, fonts-noto-cjk and poppler-utils.
/// </summary>
public class BrowserTests
{
    [Fact]
    public void StopNotice_PrintedToPdf_HasExtractableChineseText()
    {
        var notice = Render.DemoWith("issue").Notices.Single(n => n.Subject == "stop");
        var dir = Directory.CreateTempSubdirectory("dss-pdf-");
        try
        {
            var html = Path.Combine(dir.FullName, "notice.html");
            File.WriteAllText(html, notice.Html);
            var pdf = Path.Combine(dir.FullName, "notice.pdf");
            PdfPrinter.Print(html, pdf);

            var text = PdfText(pdf);
            Assert.Contains("停产", text);
            Assert.Contains("重庆渝北华新水泥有限公司", text.Replace("\n", "").Replace(" ", ""));
            Assert.Contains("渝北环应急告〔2024〕", text);

            var artifacts = Directory.CreateDirectory(Path.Combine(Demo.RepoRoot(), "artifacts", "notices"));
            var png = Path.Combine(artifacts.FullName, "enterprise-stop.png");
            File.Delete(png);
            PdfPrinter.Screenshot(html, png);
            Assert.True(new FileInfo(png).Length > 10_000, "the screenshot is (nearly) empty");
            File.Copy(pdf, Path.Combine(artifacts.FullName, "enterprise-stop.pdf"), overwrite: true);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task DevToolsSession_PrintsManyNotices_OneBrowser()
    {
        var notices = Render.DemoWith("issue").Notices.Where(n => n.TargetKind is "enterprise" or "site").Take(3).ToList();
        var dir = Directory.CreateTempSubdirectory("dss-pdf-session-");
        try
        {
            await using var session = await ChromiumPdfSession.StartAsync();
            foreach (var (notice, i) in notices.Select((n, i) => (n, i)))
            {
                var html = Path.Combine(dir.FullName, $"{i}.html");
                File.WriteAllText(html, notice.Html);
                var pdf = Path.Combine(dir.FullName, $"{i}.pdf");
                File.WriteAllBytes(pdf, await session.PrintAsync(html));
                var text = PdfText(pdf).Replace("\n", "").Replace(" ", "");
                Assert.Contains(notice.TargetName, text);
                Assert.Contains(notice.DocumentNumber, text);
            }
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    private static string PdfText(string pdf)
    {
        const string tool = "/usr/bin/pdftotext";
        Assert.True(File.Exists(tool), $"{tool} not found: install poppler-utils (scripts/lib/prerequisites.sh)");
        var start = new ProcessStartInfo(tool) { RedirectStandardOutput = true, ArgumentList = { "-enc", "UTF-8", pdf, "-" } };
        using var process = Process.Start(start)!;
        var text = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.Equal(0, process.ExitCode);
        return text;
    }
}
