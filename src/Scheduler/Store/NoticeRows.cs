using Npgsql;
using NpgsqlTypes;

namespace EmergencyDSS.Scheduler.Store;

/// <summary>
/// Writes many notices at once with binary COPY. Should a row's idempotency key already be stored (a notice
/// is planned once however often planning runs), the COPY is rolled back to a savepoint and the rows go through
/// a temporary table and one insert that skips the known keys.
/// </summary>
internal static class NoticeRows
{
    private const string Columns = "batch_id, warning_id, target_kind, district, target, target_name, event, level, episode_start, episode_end, " +
        "ruleset_version, subject, document_number, title, html, body_text, sms, acknowledgment_code_sha256, content_sha256, email, webhook, status, updated_at, " +
        "approved_html, approved_body_text, approved_sms, approved_content_sha256";

    public static async Task<int> InsertAsync(NpgsqlConnection conn, NpgsqlTransaction tx, IReadOnlyList<NoticeRow> rows, DateTimeOffset now)
    {
        await tx.SaveAsync("notices_copy");
        try
        {
            await CopyAsync(conn, "notices", rows, now);
            await tx.ReleaseAsync("notices_copy");
            return rows.Count;
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.UniqueViolation)
        {
            await tx.RollbackAsync("notices_copy");
        }
        await Sql.ExecAsync(conn, tx, $"create temp table notices_in as select {Columns} from notices with no data");
        await CopyAsync(conn, "notices_in", rows, now);
        var inserted = await Sql.ExecAsync(conn, tx, $"insert into notices ({Columns}) select {Columns} from notices_in order by batch_id, district, target_kind, target "
            + "on conflict (target_kind, district, target, event, episode_start, ruleset_version, level, episode_end, warning_id) where status <> 'Withdrawn' do nothing");
        await Sql.ExecAsync(conn, tx, "drop table notices_in");
        return inserted;
    }

    private static async Task CopyAsync(NpgsqlConnection conn, string table, IReadOnlyList<NoticeRow> rows, DateTimeOffset now)
    {
        await using (var writer = await conn.BeginBinaryImportAsync($"copy {table} ({Columns}) from stdin (format binary)"))
        {
            foreach (var n in rows)
            {
                await writer.StartRowAsync();
                await writer.WriteAsync(n.BatchId, NpgsqlDbType.Bigint);
                if (n.WarningId is { } w) await writer.WriteAsync(w, NpgsqlDbType.Bigint); else await writer.WriteNullAsync();
                foreach (var text in new[] { n.TargetKind, n.District, n.Target, n.TargetName, n.Event, n.Level })
                    await writer.WriteAsync(text, NpgsqlDbType.Text);
                await writer.WriteAsync(n.EpisodeStart, NpgsqlDbType.Date);
                await writer.WriteAsync(n.EpisodeEnd, NpgsqlDbType.Date);
                foreach (var text in new[] { n.RulesetVersion, n.Subject, n.DocumentNumber, n.Title, n.Html, n.Text, n.Sms, n.AcknowledgmentCodeSha256, n.ContentSha256 })
                    await writer.WriteAsync(text, NpgsqlDbType.Text);
                foreach (var text in new[] { n.Email, n.Webhook })
                    if (text is null) await writer.WriteNullAsync(); else await writer.WriteAsync(text, NpgsqlDbType.Text);
                await writer.WriteAsync(n.Status, NpgsqlDbType.Text);
                await writer.WriteAsync(now.ToUniversalTime(), NpgsqlDbType.TimestampTz);
                var a = n.WhenApproved;
                foreach (var text in new[] { a?.Html, a?.Text, a?.Sms, a?.ContentSha256 })
                    if (text is null) await writer.WriteNullAsync(); else await writer.WriteAsync(text, NpgsqlDbType.Text);
            }
            await writer.CompleteAsync();
        }
    }
}
