using EmergencyDSS.Dsl.Model;
using EmergencyDSS.Engine.Facts;

namespace EmergencyDSS.Engine.Compilation;

/// <summary>
/// The seasonal stagger periods (错峰生产) of the rule model, numbered in source order, so the periods
/// that compete in an episode can be named by a bit mask (and rulings kept per mask).
/// </summary>
internal sealed class StaggerPeriods(RuleModel model)
{
    /// <summary>More periods than a mask holds: rule without keeping.</summary>
    public const ulong TooMany = ulong.MaxValue;

    private readonly (StaggerCalendar Calendar, StaggerPeriod Period)[] _all =
        [.. model.Staggering.SelectMany(c => c.Periods.Select(p => (c, p)))];

    /// <summary>Bit i set: period i applies to <paramref name="e"/>'s industry and grade and overlaps the episode.</summary>
    public ulong Overlapping(Enterprise e, DateOnly start, DateOnly end)
    {
        if (_all.Length >= 64) return TooMany;
        var mask = 0UL;
        for (var i = 0; i < _all.Length; i++)
            if (Applies(i, e) && _all[i].Period.From <= end && _all[i].Period.To >= start) mask |= 1UL << i;
        return mask;
    }

    public IReadOnlyList<MeasureCandidate> Candidates(ulong mask)
    {
        if (mask == 0) return [];
        var candidates = new List<MeasureCandidate>();
        for (var i = 0; i < _all.Length; i++)
            if ((mask & (1UL << i)) != 0) candidates.Add(Candidate(i));
        return candidates;
    }

    public IReadOnlyList<MeasureCandidate> Candidates(Enterprise e, DateOnly start, DateOnly end) =>
        [.. Enumerable.Range(0, _all.Length).Where(i => Applies(i, e) && _all[i].Period.From <= end && _all[i].Period.To >= start).Select(Candidate)];

    private bool Applies(int i, Enterprise e) =>
        _all[i].Calendar.Industries.Contains(e.Industry) && (_all[i].Period.Grades.Count == 0 || _all[i].Period.Grades.Contains(e.Grade));

    private MeasureCandidate Candidate(int i)
    {
        var (calendar, p) = _all[i];
        return new MeasureCandidate(p.Measure, $"stagger:{calendar.Name}",
            $"依据错峰生产安排“{calendar.Name}”（{Wording.Terms.Date(p.From)}至{Wording.Terms.Date(p.To)}，{p.Reason}）：{MeasureText.Of(p.Measure)}");
    }
}
