using MiniExcelLibs;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EmergencyDSS.Web.Supervision;

/// <summary>督企清单 and 曝光名单 for the bureau and inspectors, with CSV and XLSX exports of either list.</summary>
internal sealed class SupervisionIndexModel(SupervisionQueries queries) : PageModel
{
    public SupervisionQueries.Lists Lists { get; private set; } = null!;

    public async Task OnGetAsync() => Lists = await queries.ListsAsync();

    public Task<IActionResult> OnGetCsvAsync(string list) => ExportAsync(list, ExcelType.CSV, "csv", "text/csv; charset=utf-8");

    public Task<IActionResult> OnGetXlsxAsync(string list) =>
        ExportAsync(list, ExcelType.XLSX, "xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private async Task<IActionResult> ExportAsync(string list, ExcelType type, string extension, string contentType)
    {
        if (list is not ("supervise" or "expose")) return NotFound();
        var lists = await queries.ListsAsync();
        var (rows, title) = list == "supervise" ? (lists.Supervised, "督企清单") : (lists.Exposed, "曝光名单");
        return File(ListExport.Save(rows, type, title), contentType, $"{title}-{lists.AsOf:yyyyMMdd}.{extension}");
    }

    public static string RuleText(Dsl.Model.SupervisionRule? rule) => rule is null
        ? "现行预案未规定"
        : $"{rule.WithinDays}天内累计{rule.Violations}个过程经现场检查认定未落实{(rule.CountsPartly ? "（部分落实计入）" : "")}";
}
