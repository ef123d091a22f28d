namespace EmergencyDSS.Engine.Input;

/// <summary>One CSV record: its 1-based row (line of its start) and its fields.</summary>
internal sealed record CsvRecord(int Row, string[] Fields);

/// <summary>A small RFC 4180 reader: quoted fields, doubled quotes, CRLF or LF, newlines inside quotes.</summary>
internal static class CsvReader
{
    public static List<CsvRecord> Read(string text)
    {
        var records = new List<CsvRecord>();
        var fields = new List<string>();
        var field = new System.Text.StringBuilder();
        var row = 1;
        var recordRow = 1;
        var i = 0;
        var quoted = false;
        while (i < text.Length)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"') { field.Append('"'); i += 2; continue; }
                if (c == '"') { quoted = false; i++; continue; }
                if (c == '\n') row++;
                field.Append(c);
                i++;
                continue;
            }
            switch (c)
            {
                case '"' when field.Length == 0:
                    quoted = true;
                    break;
                case ',':
                    fields.Add(field.ToString());
                    field.Clear();
                    break;
                case '\r':
                    break;
                case '\n':
                    fields.Add(field.ToString());
                    field.Clear();
                    if (fields.Count > 1 || fields[0].Length > 0) records.Add(new CsvRecord(recordRow, [.. fields]));
                    fields.Clear();
                    row++;
                    recordRow = row;
                    break;
                default:
                    field.Append(c);
                    break;
            }
            i++;
        }
        if (field.Length > 0 || fields.Count > 0)
        {
            fields.Add(field.ToString());
            records.Add(new CsvRecord(recordRow, [.. fields]));
        }
        return records;
    }
}
