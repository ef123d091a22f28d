using EmergencyDSS.Dsl.Model;
using EmergencyDSS.Engine.Facts;

namespace EmergencyDSS.Engine.Input;

/// <summary>sites.csv: construction sites (施工工地).</summary>
public static class SiteListLoader
{
    private static readonly string[] Required = ["id", "name", "district", "kind", "stage"];
    private static readonly string[] Optional = ["key_project", "label", "contact", "phone", "email"];

    public static LoadResult<IReadOnlyList<Site>> Load(string path, RuleModel model)
    {
        var bytes = InputFile.Read(path, out var error);
        return bytes is null ? new(null, [error!], []) : Parse(bytes, path, model);
    }

    public static LoadResult<IReadOnlyList<Site>> Parse(byte[] bytes, string fileName, RuleModel model)
    {
        List<string> errors = [], warnings = [];
        var table = CsvTable.Open(bytes, fileName, Required, Optional, errors, warnings);
        if (table is null) return new(null, CsvTable.Capped(errors), warnings);
        var districts = new DistrictNames(model.Districts);
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var list = new List<Site>(table.Rows.Count);
        foreach (var row in table.Rows)
        {
            var id = table.Required(row, "id");
            if (id.Length > 0 && !seen.TryAdd(id, row.Row)) table.Error(row, "id", $"site {id} appears twice (first on row {seen[id]})");
            var district = table.Required(row, "district");
            if (district.Length > 0) districts.Check(table, row, district);
            list.Add(new Site
            {
                Id = id, Name = table.Required(row, "name"), District = district, Kind = table.Required(row, "kind"),
                Stage = table.Required(row, "stage"), KeyProject = table.Bool(row, "key_project"), Label = LabelOf(table, row),
                Contact = table.Text(row, "contact"), Phone = table.Text(row, "phone"), Email = table.Text(row, "email"),
            });
        }
        return table.Errors.Count > 0 ? new(null, CsvTable.Capped(table.Errors), table.Warnings) : new(list, [], table.Warnings);
    }

    /// <summary>The optional `label` column: 红, 黄 or 绿 (empty: unlabelled).</summary>
    private static string? LabelOf(CsvTable table, CsvRecord row)
    {
        var label = table.Text(row, "label");
        if (label is null || label is "红" or "黄" or "绿") return label;
        table.Error(row, "label", $"`label` must be 红, 黄 or 绿, not `{label}`");
        return null;
    }
}
