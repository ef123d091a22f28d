using EmergencyDSS.Dsl.Model;
using EmergencyDSS.Dsl.Syntax.Tree;

namespace EmergencyDSS.Dsl.Binding;

/// <summary>Levels, triggers and day conditions.</summary>
internal sealed partial class Binder
{
    private static readonly HashSet<string> PercentFields = ["rh", "cloud_cover", "precip_prob"];

    private LevelModel BindLevel(LevelStatement l) => new()
    {
        Id = l.Id.Text,
        Name = l.Title.Text,
        Response = l.Response?.Text,
        Rank = _scope.Rank(l.Id.Text),
        Trigger = BindTrigger(l.Trigger),
        AdvisoryOnly = l.AdvisoryOnly,
        Source = Ref(l),
    };

    private Trigger BindTrigger(TriggerNode node) => node switch
    {
        WindowNode w => BindWindow(w),
        AnyTriggerNode any => new AnyTrigger(any.Parts.Select(BindTrigger).ToList()),
        AllTriggerNode all => new AllTrigger(all.Parts.Select(BindTrigger).ToList()),
        _ => throw new InvalidOperationException($"unhandled trigger node {node.GetType().Name}"),
    };

    private WindowTrigger BindWindow(WindowNode w)
    {
        var days = Number(w.Days);
        if (days < 1) _diagnostics.Add(DiagnosticCatalog.DaysRange(At(w.Days), days));
        else if (days != Math.Floor(days)) _diagnostics.Add(DiagnosticCatalog.NotWhole(At(w.Days), days));
        var atLeast = w.AtLeast is null ? 0 : Number(w.AtLeast);
        if (w.AtLeast is not null && atLeast < 1) _diagnostics.Add(DiagnosticCatalog.DaysRange(At(w.AtLeast), atLeast));
        else if (atLeast > days && days >= 1) _diagnostics.Add(DiagnosticCatalog.AtLeastTooMany(At(w.AtLeast!), (int)atLeast, (int)days));
        return new WindowTrigger((int)Math.Max(days, 1), BindCondition(w.Each), (int)Math.Max(atLeast, 0),
            w.Some is null ? null : BindCondition(w.Some));
    }

    private Condition BindCondition(ConditionNode node) => node switch
    {
        CompareNode c => BindCompare(c),
        InNode i => BindIn(i),
        WarningNode w => BindWarning(w),
        DateNode d => BindDate(d),
        AndNode a => new AndCondition(a.Parts.Select(BindCondition).ToList()),
        OrNode o => new OrCondition(o.Parts.Select(BindCondition).ToList()),
        NotNode n => new NotCondition(BindCondition(n.Inner)),
        _ => throw new InvalidOperationException($"unhandled condition node {node.GetType().Name}"),
    };

    private Condition BindCompare(CompareNode c)
    {
        var field = c.Field.Text;
        if (ForecastFields.Text.Contains(field))
        {
            if (c.Op is not (CompareOp.Eq or CompareOp.Ne) || c.Word is null)
            {
                _diagnostics.Add(DiagnosticCatalog.TextFieldCompared(At(c), field));
                return new InSet(field, []);
            }
            var set = new InSet(field, Values(field, [c.Word]));
            return c.Op == CompareOp.Eq ? set : new NotCondition(set);
        }
        if (!ForecastFields.Numeric.Contains(field))
        {
            _diagnostics.Add(DiagnosticCatalog.UnknownField(At(c.Field), field, Suggestions.Closest(field, [.. ForecastFields.Numeric, .. ForecastFields.Text])));
            return new Comparison(field, c.Op, 0);
        }
        var value = c.Number is not null ? Number(c.Number) : Number(new NumberValue(double.NaN, c.Word!.Text) { Span = c.Word.Span });
        var at = At(c);
        if (field == "aqi" && value is < 0 or > 500) _diagnostics.Add(DiagnosticCatalog.AqiRange(at, value));
        else if (PercentFields.Contains(field) && value is < 0 or > 100) _diagnostics.Add(DiagnosticCatalog.FieldRange(at, field, value));
        else if (value < 0) _diagnostics.Add(DiagnosticCatalog.NegativeValue(at, field, value));
        return new Comparison(field, c.Op, value);
    }

    private Condition BindIn(InNode i)
    {
        var field = i.Field.Text;
        if (ForecastFields.Numeric.Contains(field))
        {
            _diagnostics.Add(DiagnosticCatalog.NumberFieldListed(At(i), field));
            return new InSet(field, []);
        }
        if (!ForecastFields.Text.Contains(field))
        {
            _diagnostics.Add(DiagnosticCatalog.UnknownField(At(i.Field), field, Suggestions.Closest(field, [.. ForecastFields.Numeric, .. ForecastFields.Text])));
            return new InSet(field, []);
        }
        return new InSet(field, Values(field, i.Values));
    }

    /// <summary>Values of a text field, checked against its vocabulary.</summary>
    private IReadOnlyList<string> Values(string field, IReadOnlyList<Name> values)
    {
        var known = field == "wind_dir" ? ForecastFields.WindDirections : ForecastFields.PrimaryPollutants;
        var result = new List<string>();
        foreach (var v in values)
        {
            if (known.Contains(v.Text)) result.Add(v.Text);
            else _diagnostics.Add(DiagnosticCatalog.Unknown(At(v), field == "wind_dir" ? "wind direction" : "primary pollutant", v.Text, Suggestions.Closest(v.Text, known)));
        }
        return result;
    }

    private Condition BindWarning(WarningNode w)
    {
        _scope.Level(w.Level.Text, At(w.Level));
        if (w.District is null) return new WarningAtLeast(w.Level.Text);
        if (w.IsRegion)
        {
            _scope.Region(w.District.Text, At(w.District));
            return new WarningAtLeast(w.Level.Text, Region: w.District.Text);
        }
        _scope.District(w.District.Text, At(w.District));
        return new WarningAtLeast(w.Level.Text, District: w.District.Text);
    }

    private Condition BindDate(DateNode d)
    {
        var yearly = d.From.Length == 5 && d.To.Length == 5;
        var (from, to) = yearly
            ? DateRange("0001-" + d.From, "0001-" + d.To, d.FromSpan, d.ToSpan)
            : DateRange(d.From, d.To, d.FromSpan, d.ToSpan);
        return new DateBetween(from ?? DateOnly.MinValue, to ?? DateOnly.MinValue, yearly);
    }
}
