using System.Globalization;
using EmergencyDSS.Scheduler;
using EmergencyDSS.Scheduler.Accounts;
using EmergencyDSS.Scheduler.Jobs;
using EmergencyDSS.Web.Portal;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EmergencyDSS.Web.Console;

/// <summary>
/// A duty officer's actions on one notice (folder policy: duty): send a failed notice again, or record an acknowledgment
/// received by telephone (who, phone, when). Both are in the audit log under the duty officer's account; done, the
/// notice page says so; refused, this page says why (with 400, 404 or 409).
/// </summary>
internal sealed class DeliveryModel(DeliveryRetries retries, Acknowledgments acks) : PageModel
{
    public long Id { get; private set; }
    public string? Error { get; private set; }
    [BindProperty] public string ContactName { get; set; } = "";
    [BindProperty] public string ContactPhone { get; set; } = "";
    [BindProperty] public string ReceivedAt { get; set; } = "";
    [TempData] public string? Message { get; set; }

    public IActionResult OnGet(long id) => Redirect($"/notices/{id}");

    public async Task<IActionResult> OnPostRetryAsync(long id)
    {
        Id = id;
        var (outcome, status) = await retries.RetryAsync(id, User.Actor());
        return outcome switch
        {
            GateOutcome.NotFound => NotFound(),
            GateOutcome.Conflict => Refuse(409, $"该通知当前状态为“{Labels.NoticeStatus(status)}”，只有发送失败的通知可以重新发送。"),
            _ => Done("已安排重新发送，本页将自动显示送达结果。"),
        };
    }

    public async Task<IActionResult> OnPostAcknowledgeAsync(long id)
    {
        Id = id;
        ContactName = ContactName.Trim();
        ContactPhone = ContactPhone.Trim();
        if (ContactName.Length is 0 or > 40) return Refuse(400, "请填写确认人姓名（40字以内）。");
        if (!PhoneNumber.IsValid(ContactPhone)) return Refuse(400, "请填写有效的联系电话（手机或座机号码）。");
        if (!DateTime.TryParseExact(ReceivedAt.Trim(), ["yyyy-MM-ddTHH:mm", "yyyy-MM-ddTHH:mm:ss"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
            return Refuse(400, "请填写确认时间（年-月-日 时:分）。");
        var at = new DateTimeOffset(local, ShanghaiTime.Zone.GetUtcOffset(local));
        var (outcome, status) = await acks.RecordByPhoneAsync(id, User.Actor(), ContactName, ContactPhone, at);
        return outcome switch
        {
            GateOutcome.NotFound => NotFound(),
            GateOutcome.Conflict => Refuse(409, status == "Acknowledged" ? "该通知已确认收悉，无需重复登记。" : $"该通知当前状态为“{Labels.NoticeStatus(status)}”，送达后方可登记确认收悉。"),
            GateOutcome.OutOfRange => Refuse(400, "确认时间应在通知送达之后、当前时间之前。"),
            _ => Done($"已登记{ContactName}（{ContactPhone}）电话确认收悉。"),
        };
    }

    private IActionResult Done(string message)
    {
        Message = message;
        return Redirect($"/notices/{Id}");
    }

    private PageResult Refuse(int status, string error)
    {
        Error = error;
        Response.StatusCode = status;
        return Page();
    }
}
