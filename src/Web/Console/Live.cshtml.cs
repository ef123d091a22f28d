using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EmergencyDSS.Web.Console;

/// <summary>The duty desk without its frame (map, latest evaluation, waiting items, deliveries, open warnings), polled by htmx every 5 seconds.</summary>
internal sealed class LiveModel(DeskQueries desk) : PageModel
{
    public DeskSnapshot Snapshot { get; private set; } = null!;

    public async Task OnGetAsync() => Snapshot = await desk.LoadAsync(User);
}
