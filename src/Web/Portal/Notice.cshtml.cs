using EmergencyDSS.Scheduler.Accounts;
using EmergencyDSS.Scheduler.Jobs;
using EmergencyDSS.Web.Evidence;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EmergencyDSS.Web.Portal;

/// <summary>
/// One of the enterprise's notices: the document (HTML, PDF), the receipt form (回执: who, phone), implementation
/// reports (落实情况) with evidence files. Another enterprise's notice id answers 404, as if it did not exist.
/// </summary>
[RequestSizeLimit(EvidenceRules.MaxRequestBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = EvidenceRules.MaxRequestBytes)]
internal sealed class PortalNoticeModel(PortalQueries queries, ImplementationReports reports, Acknowledgments acks, HtmlPdf pdf) : PageModel
{
    public PortalQueries.NoticeLine Notice { get; private set; } = null!;
    public IReadOnlyList<ImplementationReports.Report> Reports { get; private set; } = [];
    [BindProperty] public string ContactName { get; set; } = "";
    [BindProperty] public string ContactPhone { get; set; } = "";
    [BindProperty] public string WhatDone { get; set; } = "";
    [BindProperty] public string LinesStopped { get; set; } = "";
    [BindProperty] public List<IFormFile> Files { get; set; } = [];
    public string? Error { get; private set; }
    public string? Message { get; private set; }

    private string Code => User.EnterpriseCode()!;

    public Task<IActionResult> OnGetAsync(long id) => ShowAsync(id);

    public async Task<IActionResult> OnGetDocumentAsync(long id) =>
        await queries.DocumentAsync(Code, id) is { } d ? Content(d.Html, "text/html; charset=utf-8") : NotFound();

    public async Task<IActionResult> OnGetPdfAsync(long id, CancellationToken cancel) =>
        await queries.DocumentAsync(Code, id) is { } d
            ? File(await pdf.PrintAsync(d.Html, cancel), "application/pdf", $"通知-{id}.pdf")
            : NotFound();

    public async Task<IActionResult> OnPostAcknowledgeAsync(long id)
    {
        if (await queries.NoticeAsync(Code, id) is null) return NotFound();
        ContactName = ContactName.Trim();
        ContactPhone = ContactPhone.Trim();
        Error = ContactName.Length is 0 or > 40 ? "请填写确认人姓名（40字以内）。"
            : !PhoneNumber.IsValid(ContactPhone) ? "请填写有效的联系电话（手机或座机号码）。" : null;
        if (Error is null)
        {
            var (outcome, status) = await acks.AcknowledgeAsync(id, User.Actor(), ContactName, ContactPhone);
            Error = outcome == GateOutcome.Conflict ? $"该通知当前状态为“{Labels.NoticeStatus(status)}”，送达后方可确认收悉。" : null;
            Message = Error is null ? "已确认收悉。" : null;
        }
        return await ShowAsync(id, Error is null ? 200 : 400);
    }

    public async Task<IActionResult> OnPostReportAsync(long id)
    {
        if (await queries.NoticeAsync(Code, id) is null) return NotFound();
        WhatDone = WhatDone.Trim();
        LinesStopped = LinesStopped.Trim();
        var (files, fileError) = await EvidenceRules.ReadAsync(Files);
        Error = WhatDone.Length is 0 or > 2000 ? "请填写已采取的措施（2000字以内）。"
            : LinesStopped.Length > 1000 ? "停产生产线说明请在1000字以内。"
            : fileError;
        if (Error is null)
        {
            await reports.AddAsync(Code, id, WhatDone, LinesStopped, files, User.Actor());
            Message = $"落实情况已报告（证明材料{files.Count}个）。";
            WhatDone = LinesStopped = "";
        }
        return await ShowAsync(id, Error is null ? 200 : 400);
    }

    private async Task<IActionResult> ShowAsync(long id, int status = 200)
    {
        if (await queries.NoticeAsync(Code, id) is not { } notice) return NotFound();
        Notice = notice;
        Reports = await reports.ForNoticeAsync(Code, id);
        Response.StatusCode = status;
        return Page();
    }
}
