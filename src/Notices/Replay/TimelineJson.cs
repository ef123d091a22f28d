using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace EmergencyDSS.Notices.Replay;

/// <summary>
/// <c>timeline.json</c>: the forecasts replayed, per district the lifecycle steps (with the count of notices per
/// recipient kind and event) and the season's warning days, stop/limit days and emissions cut, the enterprises
/// that stopped or limited, the same by industry and grade, and the total cut. snake_case, sorted, byte-stable.
/// </summary>
internal static class TimelineJson
{
    public static string Serialize(ReplayTimeline timeline)
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            w.WriteStartObject();
            w.WriteString("ruleset", timeline.Ruleset);
            w.WriteStartArray("forecasts");
            foreach (var i in timeline.Issues)
            {
                w.WriteStartObject();
                w.WriteString("issued_at", Instant(i.At));
                w.WriteString("file", i.Forecast);
                w.WriteNumber("warnings", i.Warnings.Count);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            var tally = timeline.Tally;
            w.WriteString("first_day", tally.First?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            w.WriteString("last_day", tally.Last?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            var steps = timeline.Steps.GroupBy(s => s.District).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
            var tallies = tally.Districts.ToDictionary(d => d.District, StringComparer.Ordinal);
            w.WriteStartArray("districts");
            foreach (var district in steps.Keys.Union(tallies.Keys).Order(StringComparer.Ordinal))
            {
                w.WriteStartObject();
                w.WriteString("district", district);
                w.WriteStartArray("steps");
                foreach (var s in steps.GetValueOrDefault(district) ?? []) Step(w, s);
                w.WriteEndArray();
                if (tallies.GetValueOrDefault(district) is { } t)
                {
                    w.WriteStartObject("warning_days");
                    foreach (var (level, n) in t.WarningDays) w.WriteNumber(level, n);
                    w.WriteEndObject();
                    w.WriteNumber("stop_days", t.StopDays);
                    w.WriteNumber("limit_days", t.LimitDays);
                    Cut(w, t.Cut);
                }
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteStartArray("enterprises");
            foreach (var e in tally.Enterprises)
            {
                w.WriteStartObject();
                w.WriteString("id", e.Id);
                w.WriteString("name", e.Name);
                w.WriteString("district", e.District);
                w.WriteString("industry", e.Industry);
                w.WriteString("grade", e.Grade);
                w.WriteNumber("stop_days", e.StopDays);
                w.WriteNumber("limit_days", e.LimitDays);
                Cut(w, e.Cut);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteStartArray("by_industry");
            foreach (var g in IndustryTally.Of(tally.Enterprises))
            {
                w.WriteStartObject();
                w.WriteString("industry", g.Industry);
                w.WriteString("grade", g.Grade);
                w.WriteNumber("enterprises", g.Enterprises);
                w.WriteNumber("stop_days", g.StopDays);
                w.WriteNumber("limit_days", g.LimitDays);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            Cut(w, tally.Cut);
            w.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }

    private static void Step(Utf8JsonWriter w, TimelineStep s)
    {
        w.WriteStartObject();
        w.WriteString("at", Instant(s.At));
        w.WriteString("forecast", s.Forecast);
        w.WriteString("change", s.Change);
        if (s.State is not null) w.WriteString("state", s.State);
        if (s.Level is not null) w.WriteString("level", s.Level);
        if (s.Start is { } start) w.WriteString("start", start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        if (s.End is { } end) w.WriteString("end", end.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        w.WriteStartArray("notices");
        foreach (var g in s.Notices.GroupBy(n => (n.TargetKind, n.Event, n.Status)).OrderBy(g => g.Key.TargetKind, StringComparer.Ordinal)
                     .ThenBy(g => g.Key.Event, StringComparer.Ordinal).ThenBy(g => g.Key.Status, StringComparer.Ordinal))
        {
            w.WriteStartObject();
            w.WriteString("target_kind", g.Key.TargetKind);
            w.WriteString("event", g.Key.Event);
            w.WriteString("status", g.Key.Status);
            w.WriteNumber("count", g.Count());
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void Cut(Utf8JsonWriter w, double[] cut)
    {
        w.WriteStartObject("emissions_cut_t");
        for (var p = 0; p < SeasonTally.Pollutants.Length; p++) w.WriteNumber(SeasonTally.Pollutants[p], Math.Round(cut[p], 3));
        w.WriteEndObject();
    }

    private static string Instant(DateTimeOffset at) => at.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);
}
