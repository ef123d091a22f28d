using EmergencyDSS.Dsl;
using EmergencyDSS.Dsl.Model;
using EmergencyDSS.Engine.Facts;

namespace EmergencyDSS.Engine.Input;

/// <summary>enterprises.csv: the emergency reduction list (应急减排清单), with 一厂一策 measure columns.</summary>
public static class ReductionListLoader
{
    private static readonly string[] Required = ["id", "name", "district", "industry", "grade", "so2_t", "nox_t", "pm_t", "vocs_t"];
    private static readonly string[] Contacts = ["livelihood", "bulk_transport", "heavy_trucks_per_day", "contact", "phone", "email", "webhook"];

    public static LoadResult<IReadOnlyList<Enterprise>> Load(string path, RuleModel model)
    {
        var bytes = InputFile.Read(path, out var error);
        return bytes is null ? new(null, [error!], []) : Parse(bytes, path, model);
    }

    public static LoadResult<IReadOnlyList<Enterprise>> Parse(byte[] bytes, string fileName, RuleModel model)
    {
        var measureColumns = model.Levels.Select(l => $"measure_{l.Id}").ToArray();
        List<string> errors = [], warnings = [];
        var table = CsvTable.Open(bytes, fileName, Required, [.. Contacts, .. measureColumns], errors, warnings);
        if (table is null) return new(null, CsvTable.Capped(errors), warnings);
        var districts = new DistrictNames(model.Districts);
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var list = new List<Enterprise>(table.Rows.Count);
        foreach (var row in table.Rows)
        {
            var id = table.Required(row, "id");
            if (id.Length > 0 && CreditCode.Problem(id) is { } problem) table.Error(row, "id", problem);
            else if (id.Length > 0 && !seen.TryAdd(id, row.Row)) table.Error(row, "id", $"enterprise {id} appears twice (first on row {seen[id]})");
            var district = table.Required(row, "district");
            if (district.Length > 0) districts.Check(table, row, district);
            var grade = table.Required(row, "grade");
            if (grade.Length > 0 && !ForecastFields.Grades.Contains(grade))
                table.Error(row, "grade", $"`{grade}` is not a performance grade ({string.Join(", ", ForecastFields.Grades)})");
            list.Add(new Enterprise
            {
                Id = id, Name = table.Required(row, "name"), District = district, Industry = table.Required(row, "industry"), Grade = grade,
                Livelihood = table.Bool(row, "livelihood"), BulkTransport = table.Bool(row, "bulk_transport"), HeavyTrucksPerDay = Trucks(table, row),
                So2T = table.Number(row, "so2_t", 0, 1e7, required: true) ?? 0, NoxT = table.Number(row, "nox_t", 0, 1e7, required: true) ?? 0,
                PmT = table.Number(row, "pm_t", 0, 1e7, required: true) ?? 0, VocsT = table.Number(row, "vocs_t", 0, 1e7, required: true) ?? 0,
                OwnMeasures = OwnMeasures(table, row, model, measureColumns),
                Contact = table.Text(row, "contact"), Phone = table.Text(row, "phone"), Email = table.Text(row, "email"), Webhook = table.Text(row, "webhook"),
            });
        }
        return table.Errors.Count > 0 ? new(null, CsvTable.Capped(table.Errors), table.Warnings) : new(list, [], table.Warnings);
    }

    /// <summary>`heavy_trucks_per_day`: a whole number of trips, 0 when empty.</summary>
    private static int Trucks(CsvTable table, CsvRecord row)
    {
        if (table.Number(row, "heavy_trucks_per_day", 0, 1e6) is not { } n) return 0;
        if (n == Math.Floor(n)) return (int)n;
        table.Error(row, "heavy_trucks_per_day", $"`heavy_trucks_per_day` must be a whole number of trips, not {n.ToString(System.Globalization.CultureInfo.InvariantCulture)}");
        return 0;
    }

    private static IReadOnlyList<MeasureCell> OwnMeasures(CsvTable table, CsvRecord row, RuleModel model, string[] columns)
    {
        List<MeasureCell>? cells = null;
        for (var i = 0; i < columns.Length; i++)
        {
            var text = table.Text(row, columns[i]);
            if (text is null) continue;
            var parse = MeasureSyntax.Parse(text);
            if (parse.Measures is null)
            {
                table.Error(row, columns[i], $"{parse.Error} (at character {parse.Column} of `{text}`)");
                continue;
            }
            (cells ??= []).Add(new MeasureCell(model.Levels[i].Id, parse.Measures));
        }
        return cells ?? (IReadOnlyList<MeasureCell>)[];
    }
}
