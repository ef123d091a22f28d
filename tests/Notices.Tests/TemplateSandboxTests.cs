using Scriban.Runtime;

namespace EmergencyDSS.Notices.Tests;

/// <summary>Templates share a per-thread context between renders; nothing may carry over from one notice to the next.</summary>
public class TemplateSandboxTests
{
    private static NoticeTemplate Parse(string text) => NoticeTemplate.Parse("templates/t.sbn", text).Template!;

    [Fact]
    public void VariableAssignedInOneRender_IsUnknownInTheNext()
    {
        Assert.Equal("", Parse("{{ leaked = 1 }}").Render(new ScriptObject()));
        var e = Assert.Throws<TemplateRenderException>(() => Parse("{{ leaked }}").Render(new ScriptObject()));
        Assert.Equal(("templates/t.sbn", 1), (e.Error.File, e.Error.Line));
    }

    [Fact]
    public void ManyRenders_OnOneThread_OutputAndLoopLimitsAreNotCumulative()
    {
        var template = Parse("{{ for i in 1..400 }}{{ text }}{{ end }}");
        var model = new ScriptObject { ["text"] = new string('字', 100) };
        for (var n = 0; n < 20; n++) Assert.Equal(40_000, template.Render(model).Length);
    }

    [Fact]
    public void OneRender_OverTheOutputLimit_Fails()
    {
        var template = Parse("{{ for i in 1..400 }}{{ text }}{{ end }}");
        Assert.Throws<TemplateRenderException>(() => template.Render(new ScriptObject { ["text"] = new string('字', 1_000) }));
        Assert.Equal(4_000, Parse("{{ for i in 1..40 }}{{ text }}{{ end }}").Render(new ScriptObject { ["text"] = new string('字', 100) }).Length);
    }

    [Theory]
    [InlineData("{{ text | regex.match `^(a+)+$` }}")]
    [InlineData("{{ text | regex.replace `^(a|aa)+$` 'x' }}")]
    [InlineData("{{ text | regex.split `(a*)*b` }}")]
    public void CatastrophicRegex_FailsWithinASecond_WithItsPosition(string text)
    {
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var e = Assert.Throws<TemplateRenderException>(() => Parse(text).Render(new ScriptObject { ["text"] = new string('a', 40) + "!" }));
        Assert.InRange(watch.Elapsed.TotalSeconds, 0, 5); // Scriban's default is 10 s per call; ours is 200 ms (loose bound: a loaded machine)
        Assert.Equal(("templates/t.sbn", 1), (e.Error.File, e.Error.Line));
        Assert.Contains("regular expression", e.Error.Message, StringComparison.Ordinal);
    }
}
