using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EmergencyDSS.Web.Review;

/// <summary>The episodes there are, each linked to its post-mortem.</summary>
internal sealed class ReviewIndexModel(PostMortemQueries queries) : PageModel
{
    public IReadOnlyList<PostMortemQueries.EpisodeRow> Episodes { get; private set; } = [];

    public async Task OnGetAsync() => Episodes = await queries.EpisodesAsync();
}
