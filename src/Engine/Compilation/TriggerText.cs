using EmergencyDSS.Dsl.Model;
using EmergencyDSS.Engine.Wording;

namespace EmergencyDSS.Engine.Compilation;

/// <summary>Triggers and conditions as a plan states them: 「连续2天AQI大于200」 (wording catalogue terms).</summary>
internal static class TriggerText
{
    public static string Of(Trigger trigger) => trigger switch
    {
        WindowTrigger w => (w.Days == 1 ? $"任意1天{Of(w.Each)}" : $"连续{w.Days}天{Of(w.Each)}") +
                           (w.Some is null ? "" : $"，且其中至少{w.AtLeast}天{Of(w.Some)}"),
        AnyTrigger any => string.Join("，或", any.Parts.Select(Of)),
        AllTrigger all => string.Join("，且", all.Parts.Select(p => $"（{Of(p)}）")),
        _ => "预案规定的启动条件",
    };

    public static string Of(Condition condition) => condition switch
    {
        Comparison c => $"{Terms.Field(c.Field)}{Terms.Compare(c.Op)}{Terms.Number(c.Value)}",
        InSet s => $"{Terms.Field(s.Field)}为{string.Join("、", s.Values.Select(v => s.Field == "wind_dir" ? Terms.Wind(v) : v))}",
        WarningAtLeast w => (w.District ?? "") + (w.Region is null ? "" : $"{w.Region}区域") + $"预警达到{Terms.Colour(w.Level)}及以上",
        DateBetween d => d.Yearly
            ? $"日期在每年{d.From.Month}月{d.From.Day}日至{d.To.Month}月{d.To.Day}日之间"
            : $"日期在{Terms.Date(d.From)}至{Terms.Date(d.To)}之间",
        AndCondition a => string.Join("且", a.Parts.Select(Of)),
        OrCondition o => "（" + string.Join("或", o.Parts.Select(Of)) + "）",
        NotCondition n => $"不满足（{Of(n.Inner)}）",
        _ => "预案规定的条件",
    };
}
