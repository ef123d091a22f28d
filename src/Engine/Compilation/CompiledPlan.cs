using EmergencyDSS.Dsl.Model;
using EmergencyDSS.Engine.Evaluation;
using EmergencyDSS.Engine.Evaluation.Derived;
using EmergencyDSS.Engine.Evaluation.Rules;
using EmergencyDSS.Engine.Facts;
using EmergencyDSS.Engine.Network;

namespace EmergencyDSS.Engine.Compilation;

/// <summary>
/// A rule model compiled once into an immutable network (conditions as delegates, tables as an
/// index, rules by fact type). Thread-safe: every <see cref="Evaluate"/> runs its own session.
/// </summary>
public sealed class CompiledPlan
{
    private readonly PlanContext _context;
    private readonly IReadOnlyList<ProductionRule> _rules;

    private CompiledPlan(PlanContext context, IReadOnlyList<ProductionRule> rules)
    {
        _context = context;
        _rules = rules;
    }

    public RuleModel Model => _context.Model;

    public static CompiledPlan Compile(RuleModel model)
    {
        var levels = model.Levels.OrderBy(l => l.Rank).ToList();
        var ranks = levels.Select((l, i) => (l.Id, Rank: i + 1)).ToDictionary(x => x.Id, x => x.Rank, StringComparer.Ordinal);
        var conditions = new ConditionCompiler(ranks);
        var byRank = new LevelModel?[levels.Count + 1];
        var triggers = new CompiledTrigger?[levels.Count + 1];
        for (var i = 0; i < levels.Count; i++)
        {
            byRank[i + 1] = levels[i];
            triggers[i + 1] = levels[i].Trigger is { } t ? CompiledTrigger.Compile(t, conditions) : null;
        }
        var measures = new MeasureIndex(model, ranks);
        measures.Warm(ForecastFields.Grades, levels.Count);
        var context = new PlanContext
        {
            Model = model,
            LevelsByRank = byRank,
            Ranks = ranks,
            Triggers = triggers,
            TimeZone = TimeZoneInfo.FindSystemTimeZoneById(model.Header.TimeZone),
            RegionsOfDistrict = model.Regions.SelectMany(r => r.Districts.Select(d => (d, r.Name)))
                .GroupBy(x => x.d).ToDictionary(g => g.Key, g => (IReadOnlyList<string>)g.Select(x => x.Name).ToList()),
            Measures = measures,
            Rainfall = model.Rainfall.Select(r => (r, conditions.Compile(r.Weather))).ToList(),
            Parties = model.Rules.Select(r => (r, conditions.Compile(r.When))).ToList(),
            AdvisoryOnlyPollutants = [.. model.Episodes.AdvisoryOnlyPollutants],
            StaggeredIndustries = [.. model.Staggering.SelectMany(s => s.Industries)],
        };
        List<ProductionRule> rules =
        [
            new DayLevelRule(),
            .. model.RegionalWarnings.Select(r => new RegionalFloorRule(r, model.Regions.First(x => x.Name == r.Region))),
            new EpisodeRule(),
            new EnterpriseMeasureRule(),
            new SiteMeasureRule(),
            new TrafficAndAdvisoryRule(),
            new Evaluation.Rules.RainfallRule(),
            new Evaluation.Rules.PartyRule(),
            new AccountingRule(),
        ];
        return new CompiledPlan(context, rules);
    }

    /// <summary>Evaluates one forecast against the reduction list and sites; <paramref name="now"/> is the injected clock.</summary>
    public DecisionSet Evaluate(Forecast forecast, IReadOnlyList<Enterprise> enterprises, IReadOnlyList<Site> sites, DateTimeOffset now) =>
        Evaluate(forecast, enterprises, sites, now, null);

    /// <summary>As <see cref="Evaluate(Forecast, IReadOnlyList{Enterprise}, IReadOnlyList{Site}, DateTimeOffset)"/>, recording stage and rule timings.</summary>
    internal DecisionSet Evaluate(Forecast forecast, IReadOnlyList<Enterprise> enterprises, IReadOnlyList<Site> sites, DateTimeOffset now, SessionProfile? profile)
    {
        var series = forecast.Days.GroupBy(d => d.District, StringComparer.Ordinal)
            .Select(g => new DistrictSeries(g.Key, [.. g.OrderBy(d => d.Date)]))
            .OrderBy(s => s.District, StringComparer.Ordinal)
            .ToList();
        var rules = _rules;
        if (_context.Model.Staggering.Count > 0 && forecast.Days.Count > 0)
            rules = [.. rules, new StaggeringRule(forecast.Days.Min(d => d.Date), forecast.Days.Max(d => d.Date))];
        var session = new Session(new RuleNetwork(rules), _context, now);
        foreach (var s in series) session.Insert(s, s.District);
        profile?.Lap("group + insert forecast");
        var list = ReductionIndex.For(enterprises);
        session.Sink.UseReductionList(list, _context);
        foreach (var district in list.Districts) session.Insert(district, district.District);
        profile?.Lap("index + insert reduction list");
        foreach (var s in sites.OrderBy(s => s.Id, StringComparer.Ordinal)) session.Insert(s, s.District);
        profile?.Lap("insert sites");
        session.Fire(profile);
        profile?.Lap("fire agenda");
        var decisions = DecisionProjection.Project(session.Memory, session.Sink, _context.Model, forecast);
        profile?.Lap("project + sort decisions");
        return decisions;
    }
}
