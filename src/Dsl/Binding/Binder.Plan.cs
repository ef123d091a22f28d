using System.Globalization;
using EmergencyDSS.Dsl.Model;
using EmergencyDSS.Dsl.Syntax;
using EmergencyDSS.Dsl.Syntax.Tree;

namespace EmergencyDSS.Dsl.Binding;

/// <summary>Header, geography, episode policy, regional warnings and targets.</summary>
internal sealed partial class Binder
{
    private RulesetHeader BindHeader(RulesetStatement r)
    {
        string? Text(string key) => r.Items.LastOrDefault(i => i.Key.Text == key)?.Text?.Text;
        foreach (var required in new[] { "version", "authority", "timezone" })
            if (Text(required) is null) _diagnostics.Add(DiagnosticCatalog.MissingHeaderItem(At(r.Title), required));
        var zone = Text("timezone") ?? "Asia/Shanghai";
        var zoneItem = r.Items.LastOrDefault(i => i.Key.Text == "timezone");
        if (zoneItem is not null && !TimeZoneInfo.TryFindSystemTimeZoneById(zone, out _))
            _diagnostics.Add(DiagnosticCatalog.BadTimeZone(At(zoneItem), zone));
        var effective = r.Items.LastOrDefault(i => i.Key.Text == "effective");
        var (from, to) = effective is null ? (null, null) : DateRange(effective.From!, effective.To!, effective.Span, effective.Span);
        var ack = r.Items.LastOrDefault(i => i.Key.Text == "acknowledge")?.Hours;
        return new RulesetHeader
        {
            Name = r.Title.Text,
            Version = Text("version") ?? "",
            Authority = Text("authority") ?? "",
            TimeZone = zone,
            EffectiveFrom = from,
            EffectiveTo = to,
            DocumentPrefix = Text("document-prefix"),
            Contact = Text("contact"),
            AcknowledgeWithinHours = ack is null ? null : WholeHours(ack),
        };
    }

    private (DateOnly? From, DateOnly? To) DateRange(string fromText, string toText, TextSpan fromSpan, TextSpan toSpan)
    {
        var from = Date(fromText, fromSpan);
        var to = Date(toText, toSpan);
        if (from is not null && to is not null && to < from)
            _diagnostics.Add(DiagnosticCatalog.DatesReversed(At(fromSpan), fromText, toText));
        return (from, to);
    }

    private DateOnly? Date(string text, TextSpan span)
    {
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)) return date;
        _diagnostics.Add(DiagnosticCatalog.BadDate(At(span), text));
        return null;
    }

    /// <summary>Hours like <c>07:00-22:00</c>: a start of day 00:00–23:59, an end up to 24:00.</summary>
    private void CheckHours(string hours, Node at)
    {
        var parts = hours.Split('-');
        if (!TimeOnly.TryParseExact(parts[0], "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
            _diagnostics.Add(DiagnosticCatalog.BadClock(At(at), parts[0]));
        if (parts.Length > 1 && parts[1] != "24:00" && !TimeOnly.TryParseExact(parts[1], "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
            _diagnostics.Add(DiagnosticCatalog.BadClock(At(at), parts[1]));
    }

    private TimeOnly Clock(string text, TextSpan span)
    {
        if (TimeOnly.TryParseExact(text, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var time)) return time;
        _diagnostics.Add(DiagnosticCatalog.BadClock(At(span), text));
        return default;
    }

    private int WholeHours(NumberValue hours)
    {
        var value = Number(hours);
        if (value < 0) _diagnostics.Add(DiagnosticCatalog.NegativeHours(At(hours), value));
        else if (value != Math.Floor(value)) _diagnostics.Add(DiagnosticCatalog.NotWhole(At(hours), value));
        return (int)Math.Max(0, value);
    }

    private int WholeCount(NumberValue n)
    {
        var value = Number(n);
        if (value != Math.Floor(value)) _diagnostics.Add(DiagnosticCatalog.NotWhole(At(n), value));
        return (int)value;
    }

    /// <summary>The number's value, resolving a const name.</summary>
    private double Number(NumberValue n)
    {
        if (n.Constant is null) return n.Value;
        if (_scope.Constants.TryGetValue(n.Constant, out var value)) return value;
        if (_scope.IsBroken("const", n.Constant)) return double.NaN;
        _diagnostics.Add(DiagnosticCatalog.UnknownConstant(At(n), n.Constant, Suggestions.Closest(n.Constant, _scope.Constants.Keys)));
        return double.NaN;
    }

    private void BindArea(ListStatement l, ModelParts parts)
    {
        var members = l.Items.Where(i => _scope.District(i.Text, At(i))).Select(i => i.Text).ToList();
        if (l.Kind == "region") parts.Regions.Add(new RegionModel(l.Title!.Text, members));
        else parts.Zones.Add(new TrafficZone(l.Title!.Text, members, l.Description?.Text));
    }

    private void BindNeighbours(NeighboursStatement n, ModelParts parts)
    {
        foreach (var (a, b) in n.Links)
        {
            if (!_scope.Districts.Contains(a.Text) && !_scope.Districts.Contains(b.Text))
                _diagnostics.Add(DiagnosticCatalog.NeighbourOutside(At(a), a.Text, b.Text));
            else parts.Neighbours.Add(new NeighbourLink(a.Text, b.Text));
        }
    }

    private void BindRegional(RegionalStatement r, ModelParts parts)
    {
        if (!_scope.Region(r.Region.Text, At(r.Region))) return;
        var n = WholeCount(r.MinDistricts);
        var members = _scope.Regions[r.Region.Text].Count;
        if (n < 1 || n > members) _diagnostics.Add(DiagnosticCatalog.RegionTooSmall(At(r.MinDistricts), r.Region.Text, n, members));
        parts.RegionalWarnings.Add(new RegionalWarningRule(r.Region.Text, n, Ref(r)));
    }

    private void BindTargets(TargetsStatement t, ModelParts parts)
    {
        foreach (var line in t.Lines)
        {
            if (!_scope.Level(line.Level.Text, At(line.Level))) continue;
            foreach (var (pollutant, percent) in line.Targets)
            {
                if (!_scope.Resolve("pollutant", pollutant.Text, ForecastFields.EmissionPollutants.ToList(), At(pollutant))) continue;
                parts.Targets.Add(new ReductionTarget(line.Level.Text, pollutant.Text, Percent(percent) / 100.0));
            }
        }
    }

    private void BindEmissions(EmissionsStatement e, ModelParts parts)
    {
        foreach (var line in e.Lines)
        {
            if (!_scope.District(line.Level.Text, At(line.Level))) continue;
            if (parts.Emissions.Any(d => d.District == line.Level.Text))
            {
                _diagnostics.Add(DiagnosticCatalog.Duplicate(At(line.Level), "whole-society emissions of", line.Level.Text));
                continue;
            }
            var totals = new List<EmissionTotal>();
            foreach (var (pollutant, tonnes) in line.Targets)
            {
                if (!_scope.Resolve("pollutant", pollutant.Text, ForecastFields.EmissionPollutants.ToList(), At(pollutant))) continue;
                var value = Number(tonnes);
                if (value < 0) _diagnostics.Add(DiagnosticCatalog.NegativeValue(At(tonnes), pollutant.Text, value));
                else if (totals.Any(t => t.Pollutant == pollutant.Text)) _diagnostics.Add(DiagnosticCatalog.Duplicate(At(pollutant), "pollutant", pollutant.Text));
                else totals.Add(new EmissionTotal(pollutant.Text, value));
            }
            parts.Emissions.Add(new DistrictEmissions(line.Level.Text, totals));
        }
    }

    private double Percent(NumberValue percent)
    {
        var value = Number(percent);
        if (value is < 0 or > 100) _diagnostics.Add(DiagnosticCatalog.PercentRange(At(percent), value));
        return value;
    }

    /// <summary>`rebroadcast` was parsed and never used: it is reported and ignored (docs/language.md §7).</summary>
    private EpisodePolicy Dropped(EpisodeItem item, EpisodePolicy policy)
    {
        _diagnostics.Add(DiagnosticCatalog.RebroadcastDropped(At(item)));
        return policy;
    }

    private EpisodePolicy BindEpisodes(EpisodesStatement e, EpisodePolicy policy)
    {
        foreach (var item in e.Items)
        {
            policy = item.Kind switch
            {
                "lift" => _scope.Level(item.Level!.Text, At(item.Level)) ? policy with { LiftAfterHours = WholeHours(item.Hours!) } : policy,
                "lead" => policy with { LeadTimeHours = WholeHours(item.Hours!) },
                "start" => policy with { StartTime = Clock(item.Time!, item.Span) },
                "damping" => policy with { DampingHours = WholeHours(item.Hours!) },
                "advisory" => policy with { AdvisoryOnlyPollutants = Values("primary_pollutant", item.Values) },
                "rebroadcast" => Dropped(item, policy),
                _ => policy with { Cumulative = true },
            };
        }
        return policy;
    }
}
