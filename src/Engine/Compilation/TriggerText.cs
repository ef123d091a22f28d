using System.Globalization;
using EmergencyDSS.Dsl.Model;

namespace EmergencyDSS.Engine.Compilation;

/// <summary>Reads triggers and conditions back as short text for explanations.</summary>
internal static class TriggerText
{
    public static string Of(Trigger trigger) => trigger switch
    {
        WindowTrigger w => $"{Of(w.Each)} on {(w.Days == 1 ? "any day" : $"{w.Days} consecutive days")}" +
                           (w.Some is null ? "" : $" with {Of(w.Some)} on at least {w.AtLeast} day{(w.AtLeast == 1 ? "" : "s")}"),
        AnyTrigger any => string.Join(" or ", any.Parts.Select(Of)),
        AllTrigger all => string.Join(" and ", all.Parts.Select(p => $"({Of(p)})")),
        _ => trigger.GetType().Name,
    };

    public static string Of(Condition condition) => condition switch
    {
        Comparison c => $"{Field(c.Field)} {Op(c.Op)} {c.Value.ToString(CultureInfo.InvariantCulture)}",
        InSet s => $"{s.Field} in [{string.Join(", ", s.Values)}]",
        WarningAtLeast w => $"warning >= {w.Level}" + (w.District is null ? "" : $" in {w.District}") + (w.Region is null ? "" : $" in region {w.Region}"),
        DateBetween d => d.Yearly ? $"date in {d.From:MM-dd} .. {d.To:MM-dd}" : $"date in {d.From:yyyy-MM-dd} .. {d.To:yyyy-MM-dd}",
        AndCondition a => string.Join(" and ", a.Parts.Select(Of)),
        OrCondition o => "(" + string.Join(" or ", o.Parts.Select(Of)) + ")",
        NotCondition n => $"not {Of(n.Inner)}",
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
