using EmergencyDSS.Cli.Hosting;
using EmergencyDSS.Engine.Evaluation;
using EmergencyDSS.Engine.Output;

namespace EmergencyDSS.Cli.Commands;

/// <summary>
/// `dss explain DIR/decisions.json TARGET_ID [--trace]`: why this target got what it got; with
/// `--trace`, also the NRules firings behind it, read from the trace.json simulate wrote beside it.
/// </summary>
internal sealed class ExplainCommand : ICommand
{
    public string Name => "explain";
    public string Summary => "explain one target's measures from a decisions.json";
    public string Usage => "DECISIONS.json TARGET_ID [--trace]";
    public IReadOnlyList<string> ValueOptions => [];
    public IReadOnlyList<string> Flags => ["--trace"];

    public int Run(Args args, CommandContext context)
    {
        args.RequirePositionals(2, 2);
        var (file, target) = (args.Positionals[0], args.Positionals[1]);
        var path = context.Resolve(file);
        if (!File.Exists(path)) throw new InputException($"{file}: file not found");
        DecisionSet? decisions;
        try
        {
            decisions = DecisionsJson.Deserialize(File.ReadAllText(path));
        }
        catch (System.Text.Json.JsonException e)
        {
            throw new InputException($"{file}:{(e.LineNumber ?? 0) + 1}:{(e.BytePositionInLine ?? 0) + 1}: not a decisions.json ({e.Message.Split('.')[0]})");
        }
        if (decisions is null) throw new InputException($"{file}:1:1: empty decisions.json");
        var lines = Explainer.Explain(decisions, target);
        if (lines.Count == 0) throw new InputException($"{file}: no decision for target `{target}` (it is not in a warned district, or the id is wrong)");
        foreach (var line in lines) context.Out.WriteLine(line);
        if (args.Has("--trace"))
            foreach (var line in TraceExplainer.Explain(decisions, ReadTrace(file, path), target)) context.Out.WriteLine(line);
        return 0;
    }

    private static IReadOnlyList<Engine.Rules.Firing> ReadTrace(string file, string path)
    {
        var shown = Path.Combine(Path.GetDirectoryName(file) ?? "", TraceJson.FileName);
        var full = Path.Combine(Path.GetDirectoryName(path)!, TraceJson.FileName);
        if (!File.Exists(full)) throw new InputException($"{shown}: file not found (dss simulate writes it beside decisions.json)");
        try
        {
            return TraceJson.Deserialize(File.ReadAllText(full));
        }
        catch (System.Text.Json.JsonException e)
        {
            throw new InputException($"{shown}:{(e.LineNumber ?? 0) + 1}:{(e.BytePositionInLine ?? 0) + 1}: not a trace.json ({e.Message.Split('.')[0]})");
        }
    }
}
