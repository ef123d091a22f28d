using System.Globalization;

namespace EmergencyDSS.Engine.Input;

/// <summary>
/// A decoded CSV with its header: columns in any order, required ones checked, unknown ones warned.
/// Field access collects positioned errors instead of throwing, so one run reports everything.
/// </summary>
internal sealed class CsvTable
{
    private readonly Dictionary<string, int> _columns;

    public string File { get; }
    public IReadOnlyList<CsvRecord> Rows { get; }
    public List<string> Errors { get; } = [];
    public List<string> Warnings { get; } = [];

    private CsvTable(string file, Dictionary<string, int> columns, IReadOnlyList<CsvRecord> rows)
    {
        File = file;
        _columns = columns;
        Rows = rows;
    }

    public static CsvTable? Open(byte[] bytes, string file, IReadOnlyCollection<string> required, IReadOnlyCollection<string> optional, List<string> errors, List<string> warnings)
    {
        var (text, error) = CsvText.Decode(bytes, file);
        if (error is not null)
        {
            errors.Add(error);
            return null;
        }
        var records = CsvReader.Read(text!);
        if (records.Count == 0)
        {
            errors.Add($"{file}:1:1: the file has no header row");
            return null;
        }
        var header = records[0].Fields.Select(h => h.Trim()).ToArray();
        var columns = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < header.Length; i++)
        {
            if (!columns.TryAdd(header[i], i)) errors.Add($"{file}:1:{i + 1}: column `{header[i]}` appears twice");
            else if (!required.Contains(header[i]) && !optional.Contains(header[i]))
                warnings.Add($"{file}:1:{i + 1}: unknown column `{header[i]}` is ignored");
        }
        foreach (var name in required.Where(r => !columns.ContainsKey(r)))
            errors.Add($"{file}:1:1: required column `{name}` is missing");
        if (errors.Count > 0) return null;
        var table = new CsvTable(file, columns, records.Skip(1).ToList());
        table.Errors.AddRange(errors);
        table.Warnings.AddRange(warnings);
        foreach (var row in table.Rows.Where(r => r.Fields.Length != header.Length))
            table.Errors.Add($"{file}:{row.Row}:{Math.Min(row.Fields.Length, header.Length) + 1}: this row has {row.Fields.Length} fields but the header has {header.Length}");
        return table;
    }

    public bool Has(string column) => _columns.ContainsKey(column);

    public string Position(CsvRecord row, string column) => $"{File}:{row.Row}:{_columns[column] + 1}";

    public void Error(CsvRecord row, string column, string message) => Errors.Add($"{Position(row, column)}: {message}");

    public void Warn(CsvRecord row, string column, string message) => Warnings.Add($"{Position(row, column)}: warning: {message}");

    /// <summary>The trimmed field, or null when the column is absent or the cell empty.</summary>
    public string? Text(CsvRecord row, string column) =>
        _columns.TryGetValue(column, out var i) && i < row.Fields.Length && row.Fields[i].Trim() is { Length: > 0 } v ? v : null;

    public string Required(CsvRecord row, string column)
    {
        var v = Text(row, column);
        if (v is null) Error(row, column, $"`{column}` is required");
        return v ?? "";
    }

    public double? Number(CsvRecord row, string column, double min, double max, bool required = false)
    {
        var v = Text(row, column);
        if (v is null)
        {
            if (required) Error(row, column, $"`{column}` is required");
            return null;
        }
        if (!double.TryParse(v, NumberStyles.Float, CultureInfo.InvariantCulture, out var n) || double.IsNaN(n) || double.IsInfinity(n))
        {
            Error(row, column, $"`{column}` must be a number, not `{v}`");
            return null;
        }
        if (n < min || n > max)
        {
            Error(row, column, $"`{column}` {v} is out of range {min.ToString(CultureInfo.InvariantCulture)}–{max.ToString(CultureInfo.InvariantCulture)}");
            return null;
        }
        return n;
    }

    public bool Bool(CsvRecord row, string column)
    {
        var v = Text(row, column);
        switch (v?.ToLowerInvariant())
        {
            case null or "false" or "0" or "否" or "no": return false;
            case "true" or "1" or "是" or "yes": return true;
            default:
                Error(row, column, $"`{column}` must be true or false, not `{v}`");
                return false;
        }
    }

    /// <summary>Errors, capped so a wholly wrong file stays readable.</summary>
    public static IReadOnlyList<string> Capped(List<string> errors) =>
        errors.Count <= 100 ? errors : [.. errors.Take(100), $"… and {errors.Count - 100} more"];
}
