using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EmergencyDSS.Web.Console;

/// <summary>One district's warning: chart with trigger days, explanation, measures, reductions, notices; the approver's decision form.</summary>
internal sealed class WarningModel(WarningQueries warnings, TimeProvider clock) : PageModel
{
    public WarningView View { get; private set; } = null!;
    public DateTimeOffset Now { get; private set; }
    [TempData] public string? Message { get; set; }

    public async Task<IActionResult> OnGetAsync(long id)
    {
        if (await warnings.LoadAsync(id) is not { } view) return NotFound();
        View = view;
        Now = clock.GetUtcNow();
        return Page();
    }
}
