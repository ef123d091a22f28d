using EmergencyDSS.Scheduler.Accounts;
using EmergencyDSS.Web.Evidence;
using EmergencyDSS.Web.Verification;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EmergencyDSS.Web.Inspect;

/// <summary>One enterprise for an inspector: its episodes, earlier findings, online monitoring for the latest episode, and the form to record a check.</summary>
[RequestSizeLimit(EvidenceRules.MaxRequestBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = EvidenceRules.MaxRequestBytes)]
internal sealed class InspectEnterpriseModel(Inspections inspections, IMonitoringData monitoring) : PageModel
{
    public string CreditCode { get; private set; } = "";
    public IReadOnlyList<Inspections.Episode> Episodes { get; private set; } = [];
    public IReadOnlyList<Inspections.Finding> Findings { get; private set; } = [];
    public IReadOnlyList<MonitoringReading> Readings { get; private set; } = [];
    [BindProperty] public string Episode { get; set; } = "";
    [BindProperty] public string Outcome { get; set; } = "";
    [BindProperty] public string Note { get; set; } = "";
    [BindProperty] public List<IFormFile> Files { get; set; } = [];
    public string? Error { get; private set; }
    public string? Message { get; private set; }

    public Task<IActionResult> OnGetAsync(string code) => ShowAsync(code, 200);

    public async Task<IActionResult> OnPostAsync(string code)
    {
        var (files, fileError) = await EvidenceRules.ReadAsync(Files);
        var parts = Episode.Split('|');
        Error = parts.Length != 2 || !DateOnly.TryParseExact(parts[1], "yyyy-MM-dd", out _) ? "请选择检查的过程。"
            : !Inspections.Outcomes.Contains(Outcome) ? "请选择检查结论。"
            : Note.Trim().Length is 0 or > 2000 ? "请填写检查情况（2000字以内）。"
            : fileError;
        if (Error is null && await inspections.RecordAsync(code, parts[0], DateOnly.ParseExact(parts[1], "yyyy-MM-dd"), Outcome, Note.Trim(), files, User.Actor()) is null)
            Error = "该企业在所选过程中没有收到通知。";
        if (Error is null)
        {
            Message = $"检查结论“{Inspections.Display(Outcome)}”已记录（证明材料{files.Count}个）。";
            Note = "";
        }
        return await ShowAsync(code, Error is null ? 200 : 400);
    }

    private async Task<IActionResult> ShowAsync(string code, int status)
    {
        Episodes = await inspections.EpisodesAsync(code);
        if (Episodes.Count == 0) return NotFound();
        CreditCode = code;
        Findings = await inspections.FindingsAsync(code);
        Readings = await monitoring.ReadingsAsync(code, Episodes[0].Start, Episodes[0].End);
        Response.StatusCode = status;
        return Page();
    }
}
