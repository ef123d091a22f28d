using EmergencyDSS.Dsl.Model;
using EmergencyDSS.Engine.Facts;

namespace EmergencyDSS.Engine.Compilation;

/// <summary>
/// A level's trigger compiled to a windowed aggregate over one district's day series: which days
/// it covers. Day predicates are compiled delegates; windows slide over runs of consecutive dates.
/// </summary>
internal abstract class CompiledTrigger
{
    /// <summary>Marks covered days in <paramref name="covered"/> (same length as <paramref name="days"/>, sorted by date).</summary>
    public abstract void Cover(IReadOnlyList<ForecastDay> days, bool[] covered);

    /// <summary>The days the trigger covers, or null when it covers none (the level rule's condition).</summary>
    public bool[]? Covered(ForecastDay[] days)
    {
        var covered = new bool[days.Length];
        Cover(days, covered);
        return Array.IndexOf(covered, true) < 0 ? null : covered;
    }

    /// <summary>A one-line reading of the trigger for explanations, e.g. "AQI > 200 on 2 consecutive days".</summary>
    public required string Text { get; init; }

    public static CompiledTrigger Compile(Trigger trigger, ConditionCompiler conditions) => trigger switch
    {
        WindowTrigger w => new Window(w.Days, conditions.Compile(w.Each), w.AtLeast, w.Some is null ? null : conditions.Compile(w.Some))
        {
            Text = TriggerText.Of(w),
        },
        AnyTrigger any => new Any([.. any.Parts.Select(p => Compile(p, conditions))]) { Text = TriggerText.Of(any) },
        AllTrigger all => new All([.. all.Parts.Select(p => Compile(p, conditions))]) { Text = TriggerText.Of(all) },
        _ => throw new InvalidOperationException($"trigger {trigger.GetType().Name} has no compiler"),
    };

    private sealed class Window(int length, Func<ForecastDay, IWarningLookup?, bool> each, int atLeast, Func<ForecastDay, IWarningLookup?, bool>? some) : CompiledTrigger
    {
        public override void Cover(IReadOnlyList<ForecastDay> days, bool[] covered)
        {
            var n = days.Count;
            var run = 0;
            var someCount = 0;
            Span<bool> someAt = n <= 64 ? stackalloc bool[n] : new bool[n];
            for (var i = 0; i < n; i++)
            {
                var consecutive = i > 0 && days[i].Date.DayNumber == days[i - 1].Date.DayNumber + 1;
                if (!each(days[i], null))
                {
                    run = 0;
                    someCount = 0;
                    continue;
                }
                if (!consecutive && run > 0)
                {
                    run = 0;
                    someCount = 0;
                }
                someAt[i] = some is not null && some(days[i], null);
                run++;
                if (someAt[i]) someCount++;
                if (run > length)
                {
                    if (someAt[i - length]) someCount--;
                    run = length;
                }
                if (run == length && someCount >= atLeast)
                    for (var k = i - length + 1; k <= i; k++) covered[k] = true;
            }
        }
    }

    private sealed class Any(CompiledTrigger[] parts) : CompiledTrigger
    {
        public override void Cover(IReadOnlyList<ForecastDay> days, bool[] covered)
        {
            foreach (var part in parts) part.Cover(days, covered);
        }
    }

    private sealed class All(CompiledTrigger[] parts) : CompiledTrigger
    {
        public override void Cover(IReadOnlyList<ForecastDay> days, bool[] covered)
        {
            var result = Enumerable.Repeat(true, days.Count).ToArray();
            foreach (var part in parts)
            {
                var mine = new bool[days.Count];
                part.Cover(days, mine);
                for (var i = 0; i < result.Length; i++) result[i] &= mine[i];
            }
            for (var i = 0; i < result.Length; i++) covered[i] |= result[i];
        }
    }
}
