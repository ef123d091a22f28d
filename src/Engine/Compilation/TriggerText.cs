using System.Globalization;
using EmergencyDSS.Dsl.Model;

namespace EmergencyDSS.Engine.Compilation;

/// <summary>Reads triggers and conditions back as short Chinese text for explanations (field names as in the rules language).</summary>
internal static class TriggerText
{
    public static string Of(Trigger trigger) => trigger switch
    {
        WindowTrigger w => (w.Days == 1 ? $"任一天 {Of(w.Each)}" : $"连续 {w.Days} 天 {Of(w.Each)}") +
                           (w.Some is null ? "" : $"，其中至少 {w.AtLeast} 天 {Of(w.Some)}"),
        AnyTrigger any => string.Join("，或", any.Parts.Select(Of)),
        AllTrigger all => string.Join("，且", all.Parts.Select(p => $"（{Of(p)}）")),
        _ => trigger.GetType().Name,
    };

    public static string Of(Condition condition) => condition switch
    {
        Comparison c => $"{Field(c.Field)} {Op(c.Op)} {c.Value.ToString(CultureInfo.InvariantCulture)}",
        InSet s => $"{s.Field} in [{string.Join(", ", s.Values)}]",
        WarningAtLeast w => (w.District is null ? "" : w.District) + (w.Region is null ? "" : $"{w.Region}区域") + $"预警达到 {w.Level} 及以上",
        DateBetween d => d.Yearly ? $"日期在每年 {d.From:MM-dd} 至 {d.To:MM-dd}" : $"日期在 {d.From:yyyy-MM-dd} 至 {d.To:yyyy-MM-dd}",
        AndCondition a => string.Join(" 且 ", a.Parts.Select(Of)),
        OrCondition o => "（" + string.Join(" 或 ", o.Parts.Select(Of)) + "）",
        NotCondition n => $"非（{Of(n.Inner)}）",
        _ => condition.GetType().Name,
    };

    private static string Field(string field) => field == "aqi" ? "AQI" : field;

    private static string Op(CompareOp op) => op switch
    {
        CompareOp.Gt => ">",
        CompareOp.Ge => ">=",
        CompareOp.Lt => "<",
        CompareOp.Le => "<=",
        CompareOp.Eq => "==",
        _ => "!=",
    };
}
