using EmergencyDSS.Scheduler.Accounts;
using EmergencyDSS.Scheduler.Intake;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EmergencyDSS.Web.Console;

/// <summary>
/// A duty officer uploads a forecast CSV (folder policy: duty): stored and queued for evaluation, or refused
/// with every error at its row and column and nothing stored. Bounded at <see cref="MaxBytes"/>.
/// </summary>
[RequestSizeLimit(MaxBytes + 64 * 1024)]
[RequestFormLimits(MultipartBodyLengthLimit = MaxBytes)]
internal sealed class UploadForecastModel(ForecastIntake intake) : PageModel
{
    public const int MaxBytes = 8 * 1024 * 1024;
    public IReadOnlyList<string> Errors { get; private set; } = [];
    [BindProperty] public IFormFile? Upload { get; set; }

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync()
    {
        if (Upload is null || Upload.Length == 0) { Errors = ["请选择一个预报文件（CSV）。"]; return Page(); }
        if (Upload.Length > MaxBytes) { Errors = [$"文件超过{MaxBytes / 1024 / 1024}MB上限。"]; return Page(); }
        using var buffer = new MemoryStream();
        await Upload.CopyToAsync(buffer);
        var result = await intake.SubmitAsync(buffer.ToArray(), Path.GetFileName(Upload.FileName) is { Length: > 0 } n ? n : "forecast.csv", User.Actor(), "upload");
        if (!result.Accepted) { Errors = result.Errors; Response.StatusCode = 400; return Page(); }
        return Redirect($"/evaluations/{result.EvaluationId}");
    }
}
