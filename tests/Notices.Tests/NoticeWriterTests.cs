using EmergencyDSS.Notices.Tests.Support;

namespace EmergencyDSS.Notices.Tests;

public sealed class NoticeWriterTests : IDisposable
{
    private readonly DirectoryInfo _out = Directory.CreateTempSubdirectory("dss-notices-");

    public void Dispose() => _out.Delete(recursive: true);

    [Fact]
    public void Write_Demo_OneHtmlAndTextPerNotice_AndAnIndex()
    {
        var batch = NoticeWriter.Write(Demo.Decisions, Demo.Model, Demo.RulesetDirectory, _out.FullName, pdf: false);
        var root = Path.Combine(_out.FullName, "notices");
        Assert.True(File.Exists(Path.Combine(root, "渝北区", "91500112MA5U7CEM01-issue.html")));
        Assert.True(File.Exists(Path.Combine(root, "渝北区", "91500112MA5U7CEM01-issue.txt")));
        Assert.True(File.Exists(Path.Combine(root, "渝北区", "party-重庆江北国际机场-issue.html")));
        Assert.Equal(batch.Notices.Count, Directory.GetFiles(root, "*.html", SearchOption.AllDirectories).Length - 1);
        Assert.Equal(batch.Notices.Count, Directory.GetFiles(root, "*.txt", SearchOption.AllDirectories).Length);
        var index = File.ReadAllText(Path.Combine(root, "index.html"));
        Assert.Contains("渝北区/91500112MA5U7CEM01-issue.html", index);
        Assert.Contains($"通知清单（{batch.Notices.Count}份）", index);
    }

    [Fact]
    public void Write_WithPdf_PrintsEachNotice_AndLinksIt()
    {
        var cement = Demo.Decisions with
        {
            Warnings = [], Advisories = [], RainfallRequests = [], RegionalWarnings = [],
            Measures = Demo.Decisions.Measures.Where(m => m.Target == "91500112MA5U7CEM01").ToList(),
        };
        var batch = NoticeWriter.Write(cement, Demo.Model, Demo.RulesetDirectory, _out.FullName, pdf: true);
        var pdf = new FileInfo(Path.Combine(_out.FullName, "notices", "渝北区", "91500112MA5U7CEM01-issue.pdf"));
        Assert.Single(batch.Notices);
        Assert.True(pdf.Exists && pdf.Length > 10_000, "the PDF was not printed");
        Assert.Contains("91500112MA5U7CEM01-issue.pdf", File.ReadAllText(Path.Combine(_out.FullName, "notices", "index.html")));
    }

    [Fact]
    public void Write_Twice_SameBytes()
    {
        NoticeWriter.Write(Demo.Decisions, Demo.Model, Demo.RulesetDirectory, _out.FullName, pdf: false);
        var first = File.ReadAllBytes(Path.Combine(_out.FullName, "notices", "江北区", "91500105MA5U7PKG04-issue.html"));
        NoticeWriter.Write(Demo.Decisions, Demo.Model, Demo.RulesetDirectory, _out.FullName, pdf: false);
        Assert.Equal(first, File.ReadAllBytes(Path.Combine(_out.FullName, "notices", "江北区", "91500105MA5U7PKG04-issue.html")));
    }
}
