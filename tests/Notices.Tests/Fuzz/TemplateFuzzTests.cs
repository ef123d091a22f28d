using EmergencyDSS.Notices.Tests.Support;

namespace EmergencyDSS.Notices.Tests.Fuzz;

/// <summary>Mutated notice templates: parsing and rendering against a sample notice either work or fail with a positioned template error; never a crash or a hang.</summary>
public sealed class TemplateFuzzTests
{
    private static readonly string[] Hostile =
    [
        "{{", "}}", "{{ end }}", "{{ for i in 1..100000 }}", "{{ while true }}", "{{ include 'layout.sbn' }}", "{{ func f; f; end; f }}",
        "{{ notice.title | regex.match `^(a+)+$` }}", "{{ 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!' | regex.replace `(a|aa)+$` 'x' }}", "{{ string.repeat 'x' 100000000 }}",
        "{{ 1 / 0 }}", "{{ x = x + x }}", "{{ object.typeof this }}", "{{ notice.unknown }}", "{{ $ }}", "\"", "'", "`", "|", "(", ")", "\n", "\0",
        "{{ array.size (array.cycle [1] 1000000) }}", "{{ date.parse 'x' }}", "{{ notice.title | string.slice 0 -1 }}",
    ];

    [Fact]
    public async Task MutatedTemplates_RenderOrFailWithAPosition_NeverCrash()
    {
        var folder = Path.Combine(Demo.RulesetDirectory, "templates");
        var templates = Directory.GetFiles(folder, "*.sbn").Order(StringComparer.Ordinal)
            .Select(f => (Name: "templates/" + Path.GetFileName(f), Tokens: FuzzCases.Tokens(File.ReadAllText(f)))).ToList();
        var context = new NoticeContext(Demo.Model, "0000", Demo.IssuedAt);
        var view = NoticeView.Build(SampleNotices.For(Demo.Model, "issue", "stop"), context, "示例〔2024〕1号", "ABCDEFGHIJ");
        var random = new Random(FuzzCases.Seed);
        for (var i = 0; i < FuzzCases.Count; i++)
        {
            var (name, tokens) = templates[i % templates.Count];
            var text = FuzzCases.Mutate(tokens, random, Hostile);
            await FuzzCases.RunAsync(i, name, () =>
            {
                var (template, errors) = NoticeTemplate.Parse(name, text);
                Assert.All(errors, e => Assert.True(e.File == name && e.Line >= 1 && e.Column >= 1, $"case {i}: {e}"));
                if (template is null) return;
                try { template.Render(view); }
                catch (TemplateRenderException e) { Assert.True(e.Error.File == name && e.Error.Line >= 1, $"case {i}: {e.Error}"); }
            }, text);
        }
    }
}
