using EmergencyDSS.Scheduler;
using EmergencyDSS.Scheduler.Store;
using Npgsql;

namespace EmergencyDSS.Web.Evidence;

/// <summary>An evidence file's row without its bytes.</summary>
internal sealed record EvidenceRow(long Id, string FileName, string ContentType, int SizeBytes, string UploadedBy, DateTimeOffset UploadedAt);

/// <summary>
/// Evidence files in PostgreSQL (bytea), each belonging to an implementation report or an inspection and to one
/// enterprise. Reads for an enterprise account are scoped to its credit code; another's file is "not found".
/// </summary>
internal static class EvidenceStore
{
    public static async Task AddAsync(NpgsqlConnection conn, NpgsqlTransaction tx, string ownerKind, long ownerId, string creditCode,
        IEnumerable<EvidenceFile> files, string actor, DateTimeOffset at)
    {
        foreach (var f in files)
            await Sql.ExecAsync(conn, tx, """
                insert into evidence_files (owner_kind, owner_id, credit_code, file_name, content_type, size_bytes, sha256, content, uploaded_by, uploaded_at)
                values (@k, @o, @c, @n, @t, @s, @h, @b, @by, @at)
                """, ("k", ownerKind), ("o", ownerId), ("c", creditCode), ("n", f.FileName), ("t", f.ContentType), ("s", f.Content.Length),
                ("h", f.Sha256), ("b", f.Content), ("by", actor), ("at", at));
    }

    public static async Task<IReadOnlyList<EvidenceRow>> ListAsync(NpgsqlConnection conn, string ownerKind, IReadOnlyCollection<long> ownerIds) =>
        ownerIds.Count == 0 ? [] : await Sql.ListAsync(conn, null, """
            select id, file_name, content_type, size_bytes, uploaded_by, uploaded_at from evidence_files
            where owner_kind = @k and owner_id = any(@ids) order by id
            """, r => new EvidenceRow(r.GetInt64(0), r.GetString(1), r.GetString(2), r.GetInt32(3), r.GetString(4), r.GetFieldValue<DateTimeOffset>(5)),
            ("k", ownerKind), ("ids", ownerIds.ToArray()));

    /// <summary>The file's name, type and bytes; <paramref name="creditCode"/> (an enterprise account's) limits it to that enterprise's files.</summary>
    public static async Task<(string Name, string Type, byte[] Bytes)?> ReadAsync(NpgsqlDataSource db, long id, string? creditCode)
    {
        await using var conn = await db.OpenConnectionAsync();
        var rows = await Sql.ListAsync(conn, null, "select file_name, content_type, content from evidence_files where id = @id and (@c::text is null or credit_code = @c)",
            r => (r.GetString(0), r.GetString(1), (byte[])r.GetValue(2)), ("id", id), ("c", creditCode));
        return rows.Count == 0 ? null : rows[0];
    }
}
