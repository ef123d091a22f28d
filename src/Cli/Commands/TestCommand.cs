using EmergencyDSS.Cli.Hosting;
using EmergencyDSS.Cli.RulesetTesting;

namespace EmergencyDSS.Cli.Commands;

/// <summary>`dss test PATH...`: runs ruleset test files (*.test) and, with --coverage, reports what they exercised.</summary>
internal sealed class TestCommand : ICommand
{
    public string Name => "test";
    public string Summary => "run ruleset tests (*.test): inline forecast and list rows, expected warnings and measures; --coverage";
    public string Usage => "PATH... [--coverage] [--threshold N]   (PATH: a *.test file or a folder searched for them)";
    public IReadOnlyList<string> ValueOptions => ["--threshold"];
    public IReadOnlyList<string> Flags => ["--coverage"];

    public int Run(Args args, CommandContext context)
    {
        args.RequirePositionals(1, int.MaxValue);
        var threshold = args.Int("--threshold", 0);
        if (threshold is < 0 or > 100) throw new UsageException("--threshold is a percentage, 0–100");
        var files = TestFiles(args.Positionals, context);
        var runner = new RulesetTestRunner();
        var parseErrors = new List<string>();
        var outcomes = new List<TestOutcome>();
        foreach (var (path, display) in files)
        {
            var file = RulesetTestParser.Parse(path, display, File.ReadAllText(path), parseErrors);
            if (parseErrors.Any(e => e.StartsWith(display + ":", StringComparison.Ordinal))) continue;
            outcomes.AddRange(runner.Run(file));
        }
        foreach (var error in parseErrors.Concat(runner.Errors)) context.Error.WriteLine(error);
        TestReport.Write(context.Out, outcomes);
        var failed = parseErrors.Count + runner.Errors.Count + outcomes.Count(o => !o.Passed);
        var belowThreshold = (args.Has("--coverage") || threshold > 0) && !CoverageReport.Write(context.Out, runner, outcomes, threshold);
        return failed > 0 || belowThreshold ? 1 : 0;
    }

    private static List<(string Path, string Display)> TestFiles(IReadOnlyList<string> paths, CommandContext context)
    {
        var files = new List<(string, string)>();
        foreach (var given in paths)
        {
            var full = context.Resolve(given);
            if (File.Exists(full)) files.Add((full, given));
            else if (Directory.Exists(full))
                files.AddRange(Directory.EnumerateFiles(full, "*.test", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
                    .Select(f => (f, Path.Combine(given, Path.GetRelativePath(full, f)))));
            else throw new InputException($"{given}: no such file or folder");
        }
        if (files.Count == 0) throw new InputException($"{string.Join(", ", paths)}: no *.test files found");
        return files;
    }
}
