using System.Text;
using EmergencyDSS.Cli.Hosting;
using EmergencyDSS.Dsl.Formatting;

namespace EmergencyDSS.Cli.Commands;

/// <summary>`dss fmt [--check] FILE...`: rewrite in canonical layout, or (--check) list files that are not.</summary>
internal sealed class FmtCommand : ICommand
{
    public string Name => "fmt";
    public string Summary => "format rulesets in canonical layout (--check: only report)";
    public string Usage => "[--check] FILE...";
    public IReadOnlyList<string> ValueOptions => [];
    public IReadOnlyList<string> Flags => ["--check"];

    public int Run(Args args, CommandContext context)
    {
        args.RequirePositionals(1, int.MaxValue);
        var unformatted = 0;
        foreach (var file in args.Positionals)
        {
            var path = context.Resolve(file);
            if (!File.Exists(path)) throw new InputException($"{file}: file not found");
            var text = File.ReadAllText(path, Encoding.UTF8);
            var formatted = RulesetFormatter.Format(text);
            if (formatted == text) continue;
            unformatted++;
            if (args.Has("--check"))
            {
                context.Out.WriteLine($"{file}: not in canonical format (line {FirstDifference(text, formatted)})");
                continue;
            }
            var temp = path + ".fmt-tmp";
            File.WriteAllText(temp, formatted, new UTF8Encoding(false));
            File.Move(temp, path, overwrite: true);
            context.Out.WriteLine($"formatted {file}");
        }
        return args.Has("--check") && unformatted > 0 ? 1 : 0;
    }

    private static int FirstDifference(string a, string b)
    {
        var la = a.Replace("\r\n", "\n").Split('\n');
        var lb = b.Split('\n');
        for (var i = 0; i < Math.Min(la.Length, lb.Length); i++) if (la[i] != lb[i]) return i + 1;
        return Math.Min(la.Length, lb.Length);
    }
}
