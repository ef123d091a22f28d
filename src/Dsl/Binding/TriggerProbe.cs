using EmergencyDSS.Dsl.Model;

namespace EmergencyDSS.Dsl.Binding;

/// <summary>Evaluates a trigger over a synthetic series where every numeric field has the day's value (for checks only).</summary>
internal static class TriggerProbe
{
    public static bool Fires(Trigger trigger, double[] series) => trigger switch
    {
        WindowTrigger w => Window(w, series),
        AnyTrigger any => any.Parts.Any(p => Fires(p, series)),
        AllTrigger all => all.Parts.All(p => Fires(p, series)),
        _ => false,
    };

    private static bool Window(WindowTrigger w, double[] series)
    {
        for (var start = 0; start + w.Days <= series.Length; start++)
        {
            var all = true;
            var some = 0;
            for (var d = start; d < start + w.Days && all; d++)
            {
                all = Holds(w.Each, series[d]);
                if (all && w.Some is not null && Holds(w.Some, series[d])) some++;
            }
            if (all && some >= w.AtLeast) return true;
        }
        return false;
    }

    private static bool Holds(Condition c, double v) => c switch
    {
        Comparison cmp => cmp.Op switch
        {
            CompareOp.Gt => v > cmp.Value,
            CompareOp.Ge => v >= cmp.Value,
            CompareOp.Lt => v < cmp.Value,
            CompareOp.Le => v <= cmp.Value,
            CompareOp.Eq => v == cmp.Value,
            _ => v != cmp.Value,
        },
        AndCondition and => and.Parts.All(p => Holds(p, v)),
        OrCondition or => or.Parts.Any(p => Holds(p, v)),
        NotCondition not => !Holds(not.Inner, v),
        _ => true,
    };
}
