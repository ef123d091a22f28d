using EmergencyDSS.Dsl.Model;
using EmergencyDSS.Dsl.Syntax.Grammar;
using EmergencyDSS.Dsl.Syntax.Tree;

namespace EmergencyDSS.Dsl.Binding;

/// <summary>Measures, decision tables, livelihood, transport and staggering calendars.</summary>
internal sealed partial class Binder
{
    private IReadOnlyList<Measure> BindMeasures(MeasureListNode list)
    {
        var measures = list.Measures.Select(BindMeasure).ToList();
        if (measures.Count(m => m.Category == MeasureCategory.Production) > 1) _diagnostics.Add(DiagnosticCatalog.TwoProductionMeasures(At(list)));
        if (measures.Count(m => m.Category == MeasureCategory.Transport) > 1) _diagnostics.Add(DiagnosticCatalog.TwoTransportMeasures(At(list)));
        return measures;
    }

    private Measure BindMeasure(MeasureNode m)
    {
        if (m.Standard is not null && MeasureStringency.StandardRank(m.Standard.Text) < 0)
            _diagnostics.Add(DiagnosticCatalog.UnknownStandard(At(m.Standard), m.Standard.Text));
        if (m.Hours is not null) CheckHours(m.Hours, m);
        return new Measure
        {
            Kind = m.Kind,
            Percent = m.Percent is null ? null : Percent(m.Percent),
            Basis = m.Lines ? LimitBasis.Lines : LimitBasis.Output,
            MinStandard = m.Standard?.Text,
            Hours = m.Hours,
            Reason = m.Reason?.Text,
        };
    }

    private Measure ProductionOf(MeasureListNode list) =>
        BindMeasures(list).FirstOrDefault(m => m.Category == MeasureCategory.Production) ?? new Measure { Kind = MeasureKind.None };

    private void BindTable(TableStatement t, ModelParts parts)
    {
        foreach (var industry in t.Industries) _scope.Industry(industry.Text, At(industry));
        var columns = Levels(t.Columns);
        var rows = new List<MeasureRow>();
        var brokenRows = false;
        foreach (var row in t.Rows)
        {
            foreach (var grade in row.Grades) _scope.Grade(grade.Text, At(grade));
            if (ReportCellProblems(row))
            {
                brokenRows = true;
                continue;
            }
            if (row.Cells.Count != t.Columns.Count)
            {
                _diagnostics.Add(DiagnosticCatalog.CellCount(At(row), row.Cells.Count, t.Columns.Count));
                continue;
            }
            var cells = row.Cells.Select((cell, i) => new MeasureCell(t.Columns[i].Text, BindMeasures(cell))).ToList();
            rows.Add(new MeasureRow { Grades = row.Grades.Select(g => g.Text).ToList(), Cells = cells, Source = Ref(row) });
        }
        var table = new MeasureTable
        {
            Name = t.Title.Text,
            Industries = t.Industries.Select(i => i.Text).ToList(),
            Levels = columns,
            Rows = rows,
            Source = Ref(t),
        };
        // A table with a broken row is checked once it parses: its gaps now would only be the broken rows.
        if (!brokenRows) TableChecks.Run(table, _scope, _diagnostics, _file, t.IsDefault, parts.TableOfIndustry);
        if (t.IsDefault) parts.DefaultTable = table;
        else parts.Tables.Add(table);
    }

    /// <summary>Reports each cell that did not parse, at the cell; true when the row has any.</summary>
    private bool ReportCellProblems(RowNode row)
    {
        var any = false;
        foreach (var problem in row.Cells.Select(c => c.Problem).OfType<CellProblem>())
        {
            any = true;
            _diagnostics.Add(problem switch
            {
                { UnknownWord: { } word } => DiagnosticCatalog.UnknownMeasure(At(problem.At), word, Suggestions.Closest(word, MeasureGrammar.Words)),
                { Found: "an empty cell" } => DiagnosticCatalog.EmptyCell(At(problem.At)),
                _ => DiagnosticCatalog.Syntax(At(problem.At), problem.Found, problem.Expected),
            });
        }
        return any;
    }

    private void BindTransport(TransportStatement t, ModelParts parts)
    {
        foreach (var grade in t.Grades) _scope.Grade(grade.Text, At(grade));
        var transport = BindMeasures(t.Measures).FirstOrDefault(m => m.Category == MeasureCategory.Transport);
        if (transport is null) return;
        int? trucks = null;
        if (t.MinHeavyTrucks is not null)
        {
            trucks = WholeCount(t.MinHeavyTrucks);
            if (trucks < 1) _diagnostics.Add(DiagnosticCatalog.HeavyTrucksRange(At(t.MinHeavyTrucks), trucks.Value));
        }
        if (t.Text is not null) transport = transport with { Reason = t.Text.Text };
        parts.Transport.Add(new TransportRule(t.Title.Text, Levels(t.Levels), t.Grades.Select(g => g.Text).ToList(), transport, Ref(t))
        { MinHeavyTrucks = trucks });
    }

    private void BindStagger(StaggerStatement s, ModelParts parts)
    {
        foreach (var industry in s.Industries) _scope.Industry(industry.Text, At(industry));
        var periods = new List<StaggerPeriod>();
        foreach (var p in s.Periods)
        {
            foreach (var grade in p.Grades) _scope.Grade(grade.Text, At(grade));
            var (from, to) = DateRange(p.From, p.To, p.FromSpan, p.ToSpan);
            var measure = ProductionOf(p.Measures);
            if (from is null || to is null) continue;
            periods.Add(new StaggerPeriod(from.Value, to.Value, p.Grades.Select(g => g.Text).ToList(), measure, p.Reason.Text, Ref(p)));
        }
        parts.Staggering.Add(new StaggerCalendar(s.Title.Text, s.Industries.Select(i => i.Text).ToList(), periods, Ref(s)));
    }
}
