using System.Globalization;
using System.Text;

namespace EmergencyDSS.Notices.Tests.Fuzz;

/// <summary>
/// How many cases each fuzz target runs: <c>DSS_FUZZ_CASES</c> (e.g. 10000 for the nightly-size run), else
/// <see cref="Default"/> in the normal test run. Seeded, so a failure names a case that can be replayed.
/// </summary>
internal static class FuzzCases
{
    public const int Default = 300;
    /// <summary>Any single case running longer than this counts as a hang.</summary>
    public static readonly TimeSpan Hang = TimeSpan.FromSeconds(10);

    public static int Count => int.TryParse(Environment.GetEnvironmentVariable("DSS_FUZZ_CASES"), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0
        ? n : Default;

    public static int Seed => int.TryParse(Environment.GetEnvironmentVariable("DSS_FUZZ_SEED"), NumberStyles.None, CultureInfo.InvariantCulture, out var s) ? s : 20261202;

    /// <summary>Runs <paramref name="check"/> on its own thread; a hang or an unexpected exception fails the case (a stack overflow fails the run).</summary>
    /// <param name="input">Written to the file named by <c>DSS_FUZZ_TRACE</c> (if set) before the case runs: after a crash it holds the input that caused it.</param>
    public static async Task RunAsync(int i, string what, Action check, string? input = null)
    {
        if (Environment.GetEnvironmentVariable("DSS_FUZZ_TRACE") is { Length: > 0 } trace && input is not null)
            await File.WriteAllTextAsync(trace, $"case {i} ({what})\n{input}");
        var task = Task.Run(check);
        Assert.True(await Task.WhenAny(task, Task.Delay(Hang)) == task, $"case {i} ({what}) hung for more than {Hang.TotalSeconds} s");
        await task;
    }

    /// <summary>Splits text into tokens (words, numbers, strings, punctuation, white space) so mutations keep a grammar's shape.</summary>
    public static List<string> Tokens(string text)
    {
        var tokens = new List<string>();
        var i = 0;
        while (i < text.Length)
        {
            var start = i;
            if (char.IsWhiteSpace(text[i])) while (i < text.Length && char.IsWhiteSpace(text[i])) i++;
            else if (text[i] == '"') { i++; while (i < text.Length && text[i] is not ('"' or '\n')) i++; if (i < text.Length) i++; }
            else if (char.IsLetterOrDigit(text[i]) || text[i] is '_' or '-' or '.') while (i < text.Length && (char.IsLetterOrDigit(text[i]) || text[i] is '_' or '-' or '.' or ':')) i++;
            else i++;
            tokens.Add(text[start..i]);
        }
        return tokens;
    }

    /// <summary>1–4 token edits: delete, duplicate a run, swap, insert a hostile token, or nest a span deeply.</summary>
    public static string Mutate(List<string> tokens, Random random, IReadOnlyList<string> hostile)
    {
        var t = new List<string>(tokens);
        for (var e = 1 + random.Next(4); e > 0 && t.Count > 1; e--)
        {
            var at = random.Next(t.Count);
            switch (random.Next(6))
            {
                case 0: t.RemoveAt(at); break;
                case 1: t.InsertRange(at, t.GetRange(at, Math.Min(random.Next(1, 30), t.Count - at))); break;
                case 2: var other = random.Next(t.Count); (t[at], t[other]) = (t[other], t[at]); break;
                case 3: t.Insert(at, hostile[random.Next(hostile.Count)]); break;
                case 4: t[at] = hostile[random.Next(hostile.Count)]; break;
                default:
                    var depth = random.Next(1, 120);
                    var open = random.Next(2) == 0 ? "(" : "not ";
                    t.Insert(at, string.Concat(Enumerable.Repeat(open, depth)));
                    if (open == "(") t.Insert(Math.Min(t.Count, at + 2 + random.Next(6)), new string(')', depth));
                    break;
            }
        }
        return string.Concat(t);
    }

    public static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);
}
