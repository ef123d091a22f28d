using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EmergencyDSS.Web.Supervision;

/// <summary>The public exposure list (曝光名单): read-only, anonymous, names and episodes only (no notes, no evidence).</summary>
internal sealed class ExposureModel(SupervisionQueries queries) : PageModel
{
    public SupervisionQueries.Lists Lists { get; private set; } = null!;

    public async Task OnGetAsync() => Lists = await queries.ListsAsync();
}
