using EmergencyDSS.Dsl.Tests.Support;

namespace EmergencyDSS.Dsl.Tests.Syntax;

/// <summary>
/// Thousands of random edits of the shipped rulesets (seeded): check never throws or hangs, and every
/// rejection carries a line and column inside the file.
/// </summary>
public sealed class MutationTests
{
    private const string Alphabet = "{}[]()|,:+#\"=<>-.%0123456789 \nabcxyz黄色停产区";

    [Fact]
    public async Task RandomEdits_NeverThrow_AndEveryErrorIsPositioned()
    {
        var shipped = Golden.ShippedFlattened();
        var random = new Random(20241122);
        var rejected = 0;
        for (var i = 0; i < 3000; i++)
        {
            var (name, text) = shipped[i % shipped.Count];
            var mutated = Mutate(text, random, 1 + random.Next(4));
            var task = Task.Run(() => RulesetCompiler.CompileText(mutated, Path.Combine(Golden.RepoRoot(), "rulesets", name)));
            var finished = await Task.WhenAny(task, Task.Delay(TimeSpan.FromSeconds(10)));
            Assert.True(finished == task, $"check hung on mutation {i} of {name}");
            var compilation = await task;
            var lines = mutated.Split('\n').Length;
            foreach (var d in compilation.Diagnostics)
                Assert.True(d.Span.Line >= 1 && d.Span.Line <= lines + 1 && d.Span.Column >= 1, $"mutation {i}: {d}");
            if (compilation.HasErrors) rejected++;
        }
        Assert.InRange(rejected, 1000, 3000);
    }

    private static string Mutate(string text, Random random, int edits)
    {
        var chars = text.ToList();
        for (var e = 0; e < edits && chars.Count > 0; e++)
        {
            var at = random.Next(chars.Count);
            switch (random.Next(4))
            {
                case 0: chars.RemoveAt(at); break;
                case 1: chars.Insert(at, Alphabet[random.Next(Alphabet.Length)]); break;
                case 2: chars[at] = Alphabet[random.Next(Alphabet.Length)]; break;
                default:
                    var length = Math.Min(random.Next(1, 40), chars.Count - at);
                    chars.InsertRange(random.Next(chars.Count), chars.GetRange(at, length));
                    break;
            }
        }
        return new string(chars.ToArray());
    }
}
