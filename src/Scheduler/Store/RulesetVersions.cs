using System.Text.Json;
using Npgsql;

namespace EmergencyDSS.Scheduler.Store;

/// <summary>A stored ruleset version: its source text and where its includes and templates live.</summary>
internal sealed record RulesetVersion(long Id, string Name, string Version, string FileName, string Directory, string Source, string Sha256);

/// <summary>Ruleset versions: the same text twice is one version; exactly one is active.</summary>
internal static class RulesetVersions
{
    public static async Task<long> SaveAndActivateAsync(NpgsqlConnection conn, NpgsqlTransaction tx, string name, string version, string fileName,
        string directory, string source, string sha256, IReadOnlyList<string> warnings, string actor, DateTimeOffset now)
    {
        var id = await SaveAsync(conn, tx, name, version, fileName, directory, source, sha256, warnings, actor, now);
        await ActivateAsync(conn, tx, id, actor, now);
        return id;
    }

    /// <summary>Stores a checked version (the same text again is the same row) without activating it.</summary>
    public static Task<long> SaveAsync(NpgsqlConnection conn, NpgsqlTransaction tx, string name, string version, string fileName,
        string directory, string source, string sha256, IReadOnlyList<string> warnings, string actor, DateTimeOffset now) =>
        Sql.ScalarAsync<long>(conn, tx, """
            insert into ruleset_versions (name, version, file_name, directory, source, sha256, check_result, created_by, created_at)
            values (@name, @version, @file, @dir, @source, @sha, @check::jsonb, @by, @at)
            on conflict (sha256) do update set sha256 = excluded.sha256
            returning id
            """, ("name", name), ("version", version), ("file", fileName), ("dir", directory), ("source", source), ("sha", sha256),
            ("check", JsonSerializer.Serialize(new { errors = 0, warnings })), ("by", actor), ("at", now));

    /// <summary>Makes the version the active one (nothing happens if it already is).</summary>
    public static async Task ActivateAsync(NpgsqlConnection conn, NpgsqlTransaction tx, long id, string actor, DateTimeOffset now, string? detail = null)
    {
        var row = (await Sql.ListAsync(conn, tx, "select active, name, version, sha256 from ruleset_versions where id = @id",
            r => (Active: r.GetBoolean(0), Name: r.GetString(1), Version: r.GetString(2), Sha: r.GetString(3)), ("id", id))).Single();
        if (row.Active) return;
        await Sql.ExecAsync(conn, tx, "update ruleset_versions set active = false where active");
        await Sql.ExecAsync(conn, tx, "update ruleset_versions set active = true where id = @id", ("id", id));
        await AuditLog.AppendAsync(conn, tx, now, actor, "ruleset", id, "Activated", detail ?? $"{row.Name} {row.Version} sha256 {row.Sha}");
    }

    public static async Task<RulesetVersion?> ActiveAsync(NpgsqlConnection conn, NpgsqlTransaction? tx = null) =>
        (await Sql.ListAsync(conn, tx, "select id, name, version, file_name, directory, source, sha256 from ruleset_versions where active", Read)).SingleOrDefault();

    public static async Task<RulesetVersion> ByIdAsync(NpgsqlConnection conn, long id) =>
        (await Sql.ListAsync(conn, null, "select id, name, version, file_name, directory, source, sha256 from ruleset_versions where id = @id", Read, ("id", id))).Single();

    private static RulesetVersion Read(NpgsqlDataReader r) =>
        new(r.GetInt64(0), r.GetString(1), r.GetString(2), r.GetString(3), r.GetString(4), r.GetString(5), r.GetString(6));
}
