using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EmergencyDSS.Web.Review;

/// <summary>One district's post-mortem: the HTML document, or the same printed to PDF.</summary>
internal sealed class ReviewEpisodeModel(PostMortemQueries queries, HtmlPdf pdf) : PageModel
{
    public async Task<IActionResult> OnGetAsync(string district, string start) =>
        await ReadAsync(district, start) is { } p ? Content(PostMortemHtml.Render(p), "text/html; charset=utf-8") : NotFound();

    public async Task<IActionResult> OnGetPdfAsync(string district, string start, CancellationToken cancel) =>
        await ReadAsync(district, start) is { } p
            ? File(await pdf.PrintAsync(PostMortemHtml.Render(p), cancel), "application/pdf", $"复盘报告-{p.District}-{p.EpisodeStart:yyyyMMdd}.pdf")
            : NotFound();

    private Task<PostMortem?> ReadAsync(string district, string start) =>
        DateOnly.TryParseExact(start, "yyyy-MM-dd", out var day) && district.Length <= 40 ? queries.ReadAsync(district, day) : Task.FromResult<PostMortem?>(null);
}
