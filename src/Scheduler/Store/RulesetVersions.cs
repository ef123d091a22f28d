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
        var id = await Sql.ScalarAsync<long>(conn, tx, """
            insert into ruleset_versions (name, version, file_name, directory, source, sha256, check_result, created_by, created_at)
            values (@name, @version, @file, @dir, @source, @sha, @check::jsonb, @by, @at)
            on conflict (sha256) do update set sha256 = excluded.sha256
            returning id
            """, ("name", name), ("version", version), ("file", fileName), ("dir", directory), ("source", source), ("sha", sha256),
            ("check", JsonSerializer.Serialize(new { errors = 0, warnings })), ("by", actor), ("at", now));
        var wasActive = await Sql.ScalarAsync<bool>(conn, tx, "select active from ruleset_versions where id = @id", ("id", id));
        if (wasActive) return id;
        await Sql.ExecAsync(conn, tx, "update ruleset_versions set active = false where active");
        await Sql.ExecAsync(conn, tx, "update ruleset_versions set active = true where id = @id", ("id", id));
        await AuditLog.AppendAsync(conn, tx, now, actor, "ruleset", id, "Activated", $"{name} {version} sha256 {sha256}");
        return id;
    }

    public static async Task<RulesetVersion?> ActiveAsync(NpgsqlConnection conn, NpgsqlTransaction? tx = null) =>
        (await Sql.ListAsync(conn, tx, "select id, name, version, file_name, directory, source, sha256 from ruleset_versions where active", Read)).SingleOrDefault();

    public static async Task<RulesetVersion> ByIdAsync(NpgsqlConnection conn, long id) =>
        (await Sql.ListAsync(conn, null, "select id, name, version, file_name, directory, source, sha256 from ruleset_versions where id = @id", Read, ("id", id))).Single();

    private static RulesetVersion Read(NpgsqlDataReader r) =>
        new(r.GetInt64(0), r.GetString(1), r.GetString(2), r.GetString(3), r.GetString(4), r.GetString(5), r.GetString(6));
}
