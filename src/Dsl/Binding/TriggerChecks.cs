using EmergencyDSS.Dsl.Model;

namespace EmergencyDSS.Dsl.Binding;

/// <summary>
/// Triggers that can never fire (impossible bounds on one field), and levels shadowed by a higher
/// level: probed with rising single-pollutant episodes, if every probe that fires a level also
/// fires a higher one, the lower level is never issued.
/// </summary>
internal static class TriggerChecks
{
    private static readonly int[] ProbeValues = [0, 50, 75, 100, 101, 115, 116, 150, 151, 180, 200, 201, 215, 216, 250, 265, 266, 300, 301, 350, 400, 401, 450, 451, 500];

    public static void Run(IReadOnlyList<LevelModel> levels, DiagnosticBag diagnostics)
    {
        foreach (var level in levels.Where(l => l.Trigger is not null))
        {
            if (Impossible(level.Trigger!) is { } why)
                diagnostics.Add(DiagnosticCatalog.TriggerNeverFires(At(level), level.Id, why));
        }
        var ordered = levels.Where(l => l.Trigger is not null && !l.AdvisoryOnly).OrderBy(l => l.Rank).ToList();
        var probes = Probes().ToList();
        for (var i = 0; i < ordered.Count - 1; i++)
        {
            var fired = probes.Where(p => TriggerProbe.Fires(ordered[i].Trigger!, p)).ToList();
            if (fired.Count == 0) continue;
            var higher = ordered.Skip(i + 1).FirstOrDefault(h => fired.All(p => TriggerProbe.Fires(h.Trigger!, p)));
            if (higher is not null) diagnostics.Add(DiagnosticCatalog.TriggerShadowed(At(ordered[i]), ordered[i].Id, higher.Id));
        }
    }

    private static SourceSpan At(LevelModel level) =>
        level.Source is { } s ? new SourceSpan(s.File, s.Line, s.Column, s.Line, s.Column + 1) : new SourceSpan("", 1, 1, 1, 2);

    /// <summary>Series of 7 days: a run of r days at value v (r = 1..5, at day offsets), every pollutant field at v.</summary>
    private static IEnumerable<double[]> Probes()
    {
        foreach (var peak in ProbeValues)
        foreach (var run in new[] { 1, 2, 3, 4, 5 })
        foreach (var shoulder in ProbeValues.Where(v => v <= peak))
        {
            var series = new double[7];
            for (var d = 1; d <= run; d++) series[d] = d == 1 + run / 2 ? peak : Math.Max(shoulder, 0);
            yield return series;
        }
    }

    private static string? Impossible(Trigger trigger) => trigger switch
    {
        WindowTrigger w => Impossible(w.Each) ?? (w.Some is null ? null : Impossible(w.Some)),
        AnyTrigger any => any.Parts.Select(Impossible).All(r => r is not null) ? any.Parts.Select(Impossible).First() : null,
        AllTrigger all => all.Parts.Select(Impossible).FirstOrDefault(r => r is not null),
        _ => null,
    };

    private static string? Impossible(Condition condition)
    {
        switch (condition)
        {
            case Comparison { Field: "aqi", Op: CompareOp.Gt or CompareOp.Ge } c when c.Value > 500 || (c.Op == CompareOp.Gt && c.Value >= 500):
                return $"AQI never exceeds 500";
            case Comparison { Op: CompareOp.Lt } c when c.Value <= 0:
                return $"`{c.Field}` is never below 0";
            case InSet { Values.Count: 0 } s:
                return $"`{s.Field}` is compared with no value";
            case AndCondition and:
                var inner = and.Parts.Select(Impossible).FirstOrDefault(r => r is not null);
                if (inner is not null) return inner;
                foreach (var group in and.Parts.OfType<Comparison>().GroupBy(c => c.Field))
                {
                    var low = group.Where(c => c.Op is CompareOp.Gt or CompareOp.Ge).Select(c => c.Value).DefaultIfEmpty(double.MinValue).Max();
                    var high = group.Where(c => c.Op is CompareOp.Lt or CompareOp.Le).Select(c => c.Value).DefaultIfEmpty(double.MaxValue).Min();
                    if (low >= high) return $"`{group.Key}` cannot be above {low} and below {high} at once";
                }
                return null;
            case OrCondition or:
                return or.Parts.Select(Impossible).All(r => r is not null) ? or.Parts.Select(Impossible).First() : null;
            default:
                return null;
        }
    }
}
