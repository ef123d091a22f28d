using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EmergencyDSS.Web.Console;

/// <summary>值班台: the district map by current and proposed level, the latest evaluation, changes, issue-time countdowns, waiting items.</summary>
internal sealed class DutyDeskModel(DeskQueries desk) : PageModel
{
    public DeskSnapshot Snapshot { get; private set; } = null!;

    public async Task OnGetAsync() => Snapshot = await desk.LoadAsync(User);
}
