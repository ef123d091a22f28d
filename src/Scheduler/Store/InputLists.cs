using Npgsql;

namespace EmergencyDSS.Scheduler.Store;

/// <summary>A stored enterprise or site list version (the raw CSV; parsed against the ruleset when used).</summary>
internal sealed record InputList(long Id, string Kind, string FileName, byte[] Content);

/// <summary>Enterprise and site lists, versioned by content: the same file twice is one version; one active per kind.</summary>
internal static class InputLists
{
    public static async Task<long> SaveAndActivateAsync(NpgsqlConnection conn, NpgsqlTransaction tx, string kind, string fileName, byte[] content,
        string sha256, int rows, string actor, DateTimeOffset now)
    {
        var id = await Sql.ScalarAsync<long>(conn, tx, """
            insert into input_lists (kind, file_name, content, sha256, rows, created_by, created_at)
            values (@kind, @file, @content, @sha, @rows, @by, @at)
            on conflict (kind, sha256) do update set sha256 = excluded.sha256
            returning id
            """, ("kind", kind), ("file", fileName), ("content", content), ("sha", sha256), ("rows", rows), ("by", actor), ("at", now));
        if (await Sql.ScalarAsync<bool>(conn, tx, "select active from input_lists where id = @id", ("id", id))) return id;
        await Sql.ExecAsync(conn, tx, "update input_lists set active = false where active and kind = @kind", ("kind", kind));
        await Sql.ExecAsync(conn, tx, "update input_lists set active = true where id = @id", ("id", id));
        await AuditLog.AppendAsync(conn, tx, now, actor, kind, id, "Activated", $"{fileName} ({rows} rows) sha256 {sha256}");
        return id;
    }

    public static Task<long?> ActiveIdAsync(NpgsqlConnection conn, NpgsqlTransaction? tx, string kind) =>
        Sql.ScalarAsync<long?>(conn, tx, "select id from input_lists where active and kind = @kind", ("kind", kind));

    public static async Task<InputList> ByIdAsync(NpgsqlConnection conn, long id) =>
        (await Sql.ListAsync(conn, null, "select id, kind, file_name, content from input_lists where id = @id",
            r => new InputList(r.GetInt64(0), r.GetString(1), r.GetString(2), (byte[])r[3]), ("id", id))).Single();
}
