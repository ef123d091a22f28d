using System.Text.Json;
using EmergencyDSS.Scheduler.Store;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Npgsql;

namespace EmergencyDSS.Web.Console;

/// <summary>
/// One evaluation: its state, the warnings it decided (linked to their warning pages) and its measures, browsable by district;
/// its notices by state. The page refreshes itself while the evaluation runs, and its notice line while notices are under way.
/// </summary>
internal sealed class EvaluationModel(NpgsqlDataSource db) : PageModel
{
    public sealed record WarningRow(string District, string Level, string Start, string End, string Because, long? WarningId);
    public sealed record MeasureRow(string District, string TargetKind, string Target, string Kind, string Start, string End, string Because);

    public long Id { get; private set; }
    public string Status { get; private set; } = "";
    public string By { get; private set; } = "";
    public IReadOnlyList<WarningRow> Warnings { get; private set; } = [];
    public IReadOnlyList<MeasureRow> Measures { get; private set; } = [];
    public int MeasureCount { get; private set; }
    public IReadOnlyList<(string Status, long Count)> NoticeCounts { get; private set; } = [];

    /// <summary>Notices waiting for approval or being sent: their line refreshes itself.</summary>
    public bool NoticesMoving => NoticeCounts.Any(c => c.Status is "Rendered" or "Scheduled" or "Sent");
    [BindProperty(SupportsGet = true)] public string? District { get; set; }

    public async Task<IActionResult> OnGetAsync(long id)
    {
        await using var conn = await db.OpenConnectionAsync();
        var row = (await Sql.ListAsync(conn, null, "select status, created_by, decisions from evaluations where id = @id",
            r => (Status: r.GetString(0), By: r.GetString(1), Decisions: r.NullableString(2)), ("id", id))).SingleOrDefault();
        if (row.Status is null) return NotFound();
        (Id, Status, By) = (id, row.Status, row.By);
        if (row.Decisions is null) return Page();
        NoticeCounts = await Sql.ListAsync(conn, null, """
            select n.status, count(*) from notices n join notice_batches b on b.id = n.batch_id where b.evaluation_id = @id group by n.status order by n.status
            """, r => (r.GetString(0), r.GetInt64(1)), ("id", id));
        var warningIds = (await Sql.ListAsync(conn, null, "select district, id from warnings where evaluation_id = @id", r => (r.GetString(0), r.GetInt64(1)), ("id", id)))
            .GroupBy(x => x.Item1).ToDictionary(g => g.Key, g => g.Max(x => x.Item2));
        using var doc = JsonDocument.Parse(row.Decisions);
        string S(JsonElement e, string p) => e.TryGetProperty(p, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString()! : "";
        Warnings = doc.RootElement.GetProperty("warnings").EnumerateArray()
            .Select(w => new WarningRow(S(w, "district"), S(w, "level"), S(w, "start"), S(w, "end"), S(w, "because"), warningIds.TryGetValue(S(w, "district"), out var wid) ? wid : null)).ToList();
        var measures = doc.RootElement.GetProperty("measures").EnumerateArray()
            .Where(m => string.IsNullOrEmpty(District) || S(m, "district") == District).ToList();
        MeasureCount = measures.Count;
        Measures = measures.Take(300).Select(m => new MeasureRow(S(m, "district"), S(m, "target_kind"), S(m, "target"), S(m, "kind"), S(m, "start"), S(m, "end"), S(m, "because"))).ToList();
        return Page();
    }
}
