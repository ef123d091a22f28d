using EmergencyDSS.Notices.Tests.Support;

namespace EmergencyDSS.Notices.Tests;

/// <summary>`dss check` on templates: positions are the template file (relative to the ruleset) and 1-based line/col.</summary>
public sealed class TemplateCheckTests : IDisposable
{
    private readonly DirectoryInfo _ruleset = Directory.CreateTempSubdirectory("dss-templates-");

    public TemplateCheckTests()
    {
        var templates = Directory.CreateDirectory(Path.Combine(_ruleset.FullName, "templates"));
        foreach (var file in Directory.GetFiles(Path.Combine(Demo.RulesetDirectory, "templates"), "*.sbn"))
            File.Copy(file, Path.Combine(templates.FullName, Path.GetFileName(file)));
    }

    public void Dispose() => _ruleset.Delete(recursive: true);

    [Fact]
    public void ShippedTemplates_Check_Clean() => Assert.Empty(TemplateCheck.Check(Demo.Model, Demo.RulesetDirectory));

    [Fact]
    public void BrokenExpression_FailsCheck_WithFileAndLine()
    {
        Break("enterprise-stop.sbn", 5, "执行时间：{{ if notice.event == }}");
        var d = Assert.Single(TemplateCheck.Check(Demo.Model, _ruleset.FullName));
        Assert.Equal("DSS5002", d.Code);
        Assert.Equal("templates/enterprise-stop.sbn", d.Span.File);
        Assert.Equal(5, d.Span.Line);
    }

    [Fact]
    public void UnknownVariable_FailsCheck_WithFileLineAndColumn()
    {
        Break("warning.sbn", 3, "请注意：{{ warning.levle_name }}");
        var d = Assert.Single(TemplateCheck.Check(Demo.Model, _ruleset.FullName));
        Assert.Equal("DSS5003", d.Code);
        Assert.Equal("templates/warning.sbn", d.Span.File);
        Assert.Equal(3, d.Span.Line);
        Assert.Equal(16, d.Span.Column); // the misspelt member name
        Assert.Contains("levle_name", d.Message);
    }

    [Fact]
    public void UnknownTopLevelVariable_FailsCheck()
    {
        Break("construction.sbn", 2, "关于{{ site_name }}的通知");
        var d = Assert.Single(TemplateCheck.Check(Demo.Model, _ruleset.FullName));
        Assert.Equal(("DSS5003", "templates/construction.sbn", 2), (d.Code, d.Span.File, d.Span.Line));
    }

    [Fact]
    public void Include_IsRefused_NoFileSystemAccess()
    {
        Break("traffic.sbn", 2, "{{ include 'layout.sbn' }}");
        var d = Assert.Single(TemplateCheck.Check(Demo.Model, _ruleset.FullName));
        Assert.Equal(("DSS5003", "templates/traffic.sbn", 2), (d.Code, d.Span.File, d.Span.Line));
    }

    [Fact]
    public void EndlessLoop_HitsTheLoopLimit()
    {
        Break("party-action.sbn", 2, "{{ for i in 1..100000 }}x{{ end }}");
        var d = Assert.Single(TemplateCheck.Check(Demo.Model, _ruleset.FullName));
        Assert.Equal(("DSS5003", "templates/party-action.sbn"), (d.Code, d.Span.File));
    }

    [Fact]
    public void AssigningToABuiltin_IsRefused_BuiltinsAreSharedAndFrozen()
    {
        Break("party-action.sbn", 2, "{{ string.upcase = 'x' }}");
        var d = Assert.Single(TemplateCheck.Check(Demo.Model, _ruleset.FullName));
        Assert.Equal(("DSS5003", "templates/party-action.sbn", 2), (d.Code, d.Span.File, d.Span.Line));
    }

    [Fact]
    public void MissingTemplateFile_FailsCheck()
    {
        File.Delete(Path.Combine(_ruleset.FullName, "templates", "rainfall-request.sbn"));
        var d = Assert.Single(TemplateCheck.Check(Demo.Model, _ruleset.FullName));
        Assert.Equal(("DSS5001", "templates/rainfall-request.sbn", 1), (d.Code, d.Span.File, d.Span.Line));
        Assert.Throws<NoticeTemplateException>(() => new NoticeRenderer(Demo.Model, _ruleset.FullName));
    }

    [Fact]
    public void SymbolicLinkLeavingTheFolder_IsRefused_NotRead()
    {
        var warning = Path.Combine(_ruleset.FullName, "templates", "warning.sbn");
        File.Delete(warning);
        File.CreateSymbolicLink(warning, "/etc/passwd");
        var d = Assert.Single(TemplateCheck.Check(Demo.Model, _ruleset.FullName));
        Assert.Equal(("DSS5001", "templates/warning.sbn", 1), (d.Code, d.Span.File, d.Span.Line));
        Assert.Equal("template file `templates/warning.sbn` leads outside the ruleset's folder", d.Message);
    }

    [Fact]
    public void LinkedFolderLeavingTheRuleset_IsRefused()
    {
        var outside = Directory.CreateTempSubdirectory("dss-outside-");
        try
        {
            File.Copy(Path.Combine(_ruleset.FullName, "templates", "warning.sbn"), Path.Combine(outside.FullName, "warning.sbn"));
            var templates = Path.Combine(_ruleset.FullName, "templates");
            Directory.Move(templates, templates + ".real");
            Directory.CreateSymbolicLink(templates, templates + ".real");
            Assert.Empty(TemplateCheck.Check(Demo.Model, _ruleset.FullName)); // a link that stays inside is fine
            Directory.Delete(templates);
            Directory.CreateSymbolicLink(templates, outside.FullName);
            Assert.Contains(TemplateCheck.Check(Demo.Model, _ruleset.FullName), d => d.Message.EndsWith("leads outside the ruleset's folder", StringComparison.Ordinal));
        }
        finally { outside.Delete(recursive: true); }
    }

    [Fact]
    public async Task Fifo_IsRefused_WithoutWaitingForAWriter()
    {
        var warning = Path.Combine(_ruleset.FullName, "templates", "warning.sbn");
        File.Delete(warning);
        using (var mkfifo = System.Diagnostics.Process.Start("mkfifo", [warning])) mkfifo.WaitForExit();
        var check = Task.Run(() => TemplateCheck.Check(Demo.Model, _ruleset.FullName));
        Assert.True(await Task.WhenAny(check, Task.Delay(TimeSpan.FromSeconds(10))) == check, "reading a FIFO template blocked");
        Assert.Equal("template file `templates/warning.sbn` is not a regular file", Assert.Single(await check).Message);
    }

    private void Break(string file, int line, string text)
    {
        var path = Path.Combine(_ruleset.FullName, "templates", file);
        var lines = File.ReadAllLines(path).ToList();
        lines[line - 1] = text;
        File.WriteAllLines(path, lines);
    }
}
