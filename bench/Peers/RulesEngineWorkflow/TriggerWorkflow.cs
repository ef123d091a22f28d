using RulesEngine.Models;

namespace EmergencyDSS.Bench.Peers.RulesEngineWorkflow;

/// <summary>
/// The 2024 national triggers as a RulesEngine workflow over a <see cref="DayWindow"/> `w`: each rule
/// is one window shape; its properties say the level it sets and how many days it covers.
/// </summary>
internal static class TriggerWorkflow
{
    public const string Name = "triggers";

    public static Workflow Build() => new()
    {
        WorkflowName = Name,
        Rules =
        [
            Window("yellow-1x200", "w.A0 > 200", "yellow", 1),
            Window("yellow-2x150", "w.Run >= 2 && w.A0 > 150 && w.A1 > 150", "yellow", 2),
            Window("orange-2x200", "w.Run >= 2 && w.A0 > 200 && w.A1 > 200", "orange", 2),
            Window("orange-3x150", "w.Run >= 3 && w.A0 > 150 && w.A1 > 150 && w.A2 > 150", "orange", 3),
            Window("red-3x200-1x300",
                "w.Run >= 3 && w.A0 > 200 && w.A1 > 200 && w.A2 > 200 && (w.A0 > 300 || w.A1 > 300 || w.A2 > 300)", "red", 3),
        ],
    };

    private static Rule Window(string name, string expression, string level, int days) => new()
    {
        RuleName = name,
        RuleExpressionType = RuleExpressionType.LambdaExpression,
        Expression = expression,
        SuccessEvent = level,
        Properties = new Dictionary<string, object> { ["days"] = days },
    };
}
