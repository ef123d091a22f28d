using System.Diagnostics;
using System.Reflection;
using EmergencyDSS.Engine.Compilation;
using EmergencyDSS.Engine.Evaluation;
using EmergencyDSS.Engine.Evaluation.Derived;
using EmergencyDSS.Engine.Evaluation.Rules;
using EmergencyDSS.Engine.Network;

namespace EmergencyDSS.Bench.Profiling;

/// <summary>
/// `profile`: a Stopwatch breakdown of one engine evaluation (dotnet-trace is not available here). It
/// replays the stages of <see cref="CompiledPlan.Evaluate"/> with every rule wrapped in a
/// <see cref="TimedRule"/>; if CompiledPlan.Evaluate changes, this must follow it.
/// </summary>
internal static class EngineProfile
{
    public static void Run(TextWriter output, Workload.Workload w, int rounds)
    {
        var plan = CompiledPlan.Compile(w.Model);
        var context = (PlanContext)Field(plan, "_context");
        var rules = ((IReadOnlyList<ProductionRule>)Field(plan, "_rules")).ToList();
        var stages = new Dictionary<string, double>();
        TimedRule[] timed = [];
        var fires = new Dictionary<string, (long Ticks, int Count)>();
        for (var round = 0; round < rounds; round++)
        {
            GC.Collect();
            var clock = Stopwatch.StartNew();
            void Lap(string stage) { stages[stage] = stages.GetValueOrDefault(stage) + clock.Elapsed.TotalMilliseconds; clock.Restart(); }
            var series = w.Forecast.Days.GroupBy(d => d.District, StringComparer.Ordinal)
                .Select(g => new DistrictSeries(g.Key, [.. g.OrderBy(d => d.Date)])).OrderBy(s => s.District, StringComparer.Ordinal).ToList();
            var all = rules.ToList();
            if (w.Model.Staggering.Count > 0)
                all.Add(new StaggeringRule(w.Forecast.Days.Min(d => d.Date), w.Forecast.Days.Max(d => d.Date)));
            timed = [.. all.Select(r => new TimedRule(r))];
            var session = new Session(new RuleNetwork(timed), context, w.Now);
            Lap("group forecast");
            foreach (var s in series) session.Insert(s, s.District);
            Lap("insert series");
            var sorted = w.Enterprises.OrderBy(e => e.Id, StringComparer.Ordinal).ToList();
            Lap("sort enterprises");
            foreach (var e in sorted) session.Insert(e, e.District);
            foreach (var s in w.Sites.OrderBy(s => s.Id, StringComparer.Ordinal)) session.Insert(s, s.District);
            Lap("insert enterprises+sites");
            // Session.Fire, unrolled so each activation's time is charged to its rule.
            var agenda = (Agenda)(typeof(Session).GetField("_agenda", BindingFlags.NonPublic | BindingFlags.Instance)?.GetValue(session)
                ?? throw new MissingFieldException(nameof(Session), "_agenda"));
            fires.Clear();
            while (agenda.TryPop(out var activation))
            {
                var start = Stopwatch.GetTimestamp();
                activation.Rule.Fire(activation, session);
                var (ticks, count) = fires.GetValueOrDefault(activation.Rule.Name);
                fires[activation.Rule.Name] = (ticks + Stopwatch.GetTimestamp() - start, count + 1);
            }
            Lap("fire agenda");
            GC.KeepAlive(DecisionProjection.Project(session.Memory, w.Model, w.Forecast));
            Lap("project + sort decisions");
            // What the measure sort alone would cost with one comparison instead of six LINQ keys.
            var measures = session.Memory.Facts<MeasureDecision>().ToArray();
            Lap("(copy measures)");
            Array.Sort(measures, CompareMeasures);
            Lap("(same order, Array.Sort)");
        }
        var total = stages.Where(s => !s.Key.StartsWith('(')).Sum(s => s.Value) / rounds;
        output.WriteLine($"engine stages, mean of {rounds} runs ({total:0.00} ms per run):");
        foreach (var (stage, ms) in stages) output.WriteLine($"  {stage,-26} {ms / rounds,8:0.00} ms  {ms / rounds / total,5:P0}");
        output.WriteLine("per rule (last run), match + fire:");
        foreach (var r in timed.OrderByDescending(r => r.MatchTicks + fires.GetValueOrDefault(r.Name).Ticks))
            output.WriteLine($"  {r.Name,-22} match {Ms(r.MatchTicks),7:0.00} ms ×{r.Matches,-7} " +
                             $"fire {Ms(fires.GetValueOrDefault(r.Name).Ticks),7:0.00} ms ×{fires.GetValueOrDefault(r.Name).Count}");
    }

    private static int CompareMeasures(MeasureDecision a, MeasureDecision b)
    {
        var c = string.CompareOrdinal(a.TargetKind, b.TargetKind);
        if (c == 0) c = string.CompareOrdinal(a.Target, b.Target);
        if (c == 0) c = a.Start.CompareTo(b.Start);
        if (c == 0) c = string.CompareOrdinal(a.Category, b.Category);
        if (c == 0) c = string.CompareOrdinal(a.District, b.District);
        return c != 0 ? c : string.CompareOrdinal(a.Rule, b.Rule);
    }

    private static double Ms(long ticks) => ticks * 1000.0 / Stopwatch.Frequency;

    private static object Field(CompiledPlan plan, string name) =>
        typeof(CompiledPlan).GetField(name, BindingFlags.NonPublic | BindingFlags.Instance)?.GetValue(plan)
        ?? throw new MissingFieldException(nameof(CompiledPlan), name);
}
