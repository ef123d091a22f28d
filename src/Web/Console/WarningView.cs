using System.Text.Json;

namespace EmergencyDSS.Web.Console;

/// <summary>Everything the warning page shows about one district's warning, read from the store and its evaluation's decisions.</summary>
internal sealed record WarningView(
    long Id, string District, string Level, string Status, DateOnly Start, DateOnly End, DateTimeOffset? IssueBy,
    long EvaluationId, string? ProposedBy, IReadOnlyList<ForecastChart.Day> Days,
    IReadOnlyList<WarningView.Reason> Reasons, IReadOnlyList<WarningView.MeasureGroup> Measures,
    IReadOnlyList<WarningView.Reduction> Reductions, IReadOnlyList<WarningView.NoticeLine> Notices,
    IReadOnlyList<WarningView.Decision> Decisions)
{
    public sealed record Reason(string Level, string Start, string End, string Rule, string Because);
    public sealed record MeasureGroup(string TargetKind, string Kind, IReadOnlyList<string> Targets);
    public sealed record Reduction(string Level, string Pollutant, double BaselineT, double CutT, double Ratio, double Required, bool Met);
    public sealed record NoticeLine(long Id, string TargetKind, string TargetName, string Event, string Status, string DocumentNumber, int Deliveries, DateTimeOffset? AcknowledgedAt);
    public sealed record Decision(DateTimeOffset At, string Actor, string Action, string Detail);

    /// <summary>The district's part of decisions.json: reasons, measures grouped by kind, reduction accounting.</summary>
    public static (List<Reason>, List<MeasureGroup>, List<Reduction>) FromDecisions(string? json, string district, IReadOnlyDictionary<string, string> names)
    {
        if (json is null) return ([], [], []);
        using var doc = JsonDocument.Parse(json);
        var root = doc.RootElement;
        string S(JsonElement e, string p) => e.TryGetProperty(p, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString()! : "";
        double D(JsonElement e, string p) => e.TryGetProperty(p, out var v) && v.ValueKind == JsonValueKind.Number ? v.GetDouble() : 0;
        IEnumerable<JsonElement> Of(string p) => root.TryGetProperty(p, out var a) && a.ValueKind == JsonValueKind.Array
            ? a.EnumerateArray().Where(x => S(x, "district") == district).ToList() : [];
        var reasons = Of("warnings").Select(w => new Reason(S(w, "level"), S(w, "start"), S(w, "end"), S(w, "rule"), S(w, "because"))).ToList();
        var measures = Of("measures").GroupBy(m => (Kind: S(m, "target_kind"), Measure: S(m, "kind")))
            .Select(g => new MeasureGroup(g.Key.Kind, g.Key.Measure, g.Select(m => S(m, "target")).Distinct().Select(t => names.TryGetValue(t, out var n) ? $"{n}（{t}）" : t).ToList()))
            .OrderBy(g => g.TargetKind, StringComparer.Ordinal).ThenBy(g => g.Kind, StringComparer.Ordinal).ToList();
        var reductions = Of("reductions").Select(r => new Reduction(S(r, "level"), S(r, "pollutant"), D(r, "baseline_t"), D(r, "cut_t"), D(r, "ratio"), D(r, "required"),
            r.TryGetProperty("met", out var met) && met.ValueKind == JsonValueKind.True)).ToList();
        return (reasons, measures, reductions);
    }
}
