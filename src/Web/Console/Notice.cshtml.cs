using EmergencyDSS.Scheduler.Store;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Npgsql;

namespace EmergencyDSS.Web.Console;

/// <summary>
/// One notice: its state, deliveries (with reminders), reminder and escalation times, acknowledgment (with the receipt's person and
/// phone); the document itself as HTML and as PDF. A duty officer's actions on it post to <c>/notices/{id}/delivery</c> (Duty/Delivery).
/// </summary>
internal sealed class NoticeModel(NpgsqlDataSource db, HtmlPdf pdf, TimeProvider clock) : PageModel
{
    public sealed record Head(long Id, string DocumentNumber, string Title, string District, string TargetKind, string TargetName, string Target, string Event,
        string Level, string Status, long? WarningId, DateTimeOffset? DeliveredAt, DateTimeOffset? RemindedAt, DateTimeOffset? EscalatedAt, string? AckBy, DateTimeOffset? AckAt,
        string? ContactName, string? ContactPhone);
    public sealed record DeliveryRow(string Channel, int Attempts, string Outcome, string Detail, bool Reminder, DateTimeOffset At);

    public Head Notice { get; private set; } = null!;
    public IReadOnlyList<DeliveryRow> Deliveries { get; private set; } = [];
    public DateTimeOffset Now { get; private set; }
    [TempData] public string? Message { get; set; }
    [TempData] public string? Error { get; set; }

    /// <summary>Still changing (being sent, waiting for its receipt, or failed and perhaps sent again): the page refreshes its state by itself.</summary>
    public bool Live => Notice.Status is not ("Acknowledged" or "Withdrawn");

    public async Task<IActionResult> OnGetAsync(long id)
    {
        await using var conn = await db.OpenConnectionAsync();
        var head = (await Sql.ListAsync(conn, null, """
            select n.id, n.document_number, n.title, n.district, n.target_kind, n.target_name, n.target, n.event, n.level, n.status, n.warning_id,
                   n.delivered_at, n.reminded_at, n.escalated_at, a.by_whom, a.at, a.contact_name, a.contact_phone
            from notices n left join acknowledgments a on a.notice_id = n.id where n.id = @id
            """, r => new Head(r.GetInt64(0), r.GetString(1), r.GetString(2), r.GetString(3), r.GetString(4), r.GetString(5), r.GetString(6), r.GetString(7),
                r.GetString(8), r.GetString(9), r.IsDBNull(10) ? null : r.GetInt64(10), T(r, 11), T(r, 12), T(r, 13), r.NullableString(14), T(r, 15),
                r.NullableString(16), r.NullableString(17)), ("id", id))).SingleOrDefault();
        if (head is null) return NotFound();
        Notice = head;
        Now = Scheduler.ShanghaiTime.Now(clock);
        Deliveries = await Sql.ListAsync(conn, null, "select channel, attempts, outcome, detail, reminder, at from deliveries where notice_id = @id order by id",
            r => new DeliveryRow(r.GetString(0), r.GetInt32(1), r.GetString(2), r.GetString(3), r.GetBoolean(4), r.GetFieldValue<DateTimeOffset>(5)), ("id", id));
        return Page();
    }

    /// <summary>The notice document as delivered (HTML in GB/T 9704 style).</summary>
    public async Task<IActionResult> OnGetDocumentAsync(long id)
    {
        await using var conn = await db.OpenConnectionAsync();
        var html = await Sql.ScalarAsync<string>(conn, null, "select html from notices where id = @id", ("id", id));
        return html is null ? NotFound() : Content(html, "text/html; charset=utf-8");
    }

    /// <summary>The notice document as PDF (the same printer as the enterprise portal's download).</summary>
    public async Task<IActionResult> OnGetPdfAsync(long id, CancellationToken cancel)
    {
        await using var conn = await db.OpenConnectionAsync();
        var html = await Sql.ScalarAsync<string>(conn, null, "select html from notices where id = @id", ("id", id));
        return html is null ? NotFound() : File(await pdf.PrintAsync(html, cancel), "application/pdf", $"通知-{id}.pdf");
    }

    private static DateTimeOffset? T(NpgsqlDataReader r, int i) => r.IsDBNull(i) ? null : r.GetFieldValue<DateTimeOffset>(i);
}
