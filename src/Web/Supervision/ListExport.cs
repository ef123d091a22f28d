using EmergencyDSS.Scheduler.Supervision;
using MiniExcelLibs;

namespace EmergencyDSS.Web.Supervision;

/// <summary>A list as a spreadsheet (XLSX) or CSV (UTF-8) through MiniExcel, with Chinese column names.</summary>
internal static class ListExport
{
    public static IReadOnlyList<Dictionary<string, object>> Rows(IReadOnlyList<ListedEnterprise> list) =>
        list.Select((e, i) => new Dictionary<string, object>
        {
            ["序号"] = i + 1,
            ["企业名称"] = e.Name,
            ["统一社会信用代码"] = e.CreditCode,
            ["区县"] = e.District,
            ["未落实次数"] = e.Violations.Count,
            ["未落实的过程"] = string.Join("；", e.Violations.Select(v => $"{v.District} {v.EpisodeStart:yyyy-MM-dd}（{Labels.Time(v.InspectedAt)}检查）")),
        }).ToList();

    public static byte[] Save(IReadOnlyList<ListedEnterprise> list, ExcelType type, string sheet)
    {
        using var stream = new MemoryStream();
        var rows = Rows(list);
        if (rows.Count == 0) rows = [Header()];
        stream.SaveAs(rows, printHeader: true, sheetName: sheet, excelType: type);
        return stream.ToArray();
    }

    /// <summary>An empty list still exports its column names (one blank row).</summary>
    private static Dictionary<string, object> Header() => new()
    {
        ["序号"] = "", ["企业名称"] = "", ["统一社会信用代码"] = "", ["区县"] = "", ["未落实次数"] = "", ["未落实的过程"] = "",
    };
}
