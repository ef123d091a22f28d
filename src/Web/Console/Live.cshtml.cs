using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EmergencyDSS.Web.Console;

/// <summary>The duty desk's live panel alone, polled by htmx every few seconds while evaluations and deliveries progress.</summary>
internal sealed class LiveModel(DeskQueries desk) : PageModel
{
    public DeskSnapshot Snapshot { get; private set; } = null!;

    public async Task OnGetAsync() => Snapshot = await desk.LoadAsync(User);
}
