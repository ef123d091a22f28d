using System.Reflection;
using Npgsql;

namespace EmergencyDSS.Scheduler.Store;

/// <summary>
/// Applies the numbered scripts in Store/Migrations (embedded resources) in order, each in its own
/// transaction with its row in <c>schema_migrations</c>. An advisory transaction lock makes two
/// servers starting together apply each script once.
/// </summary>
internal static class Migrator
{
    private const long LockKey = 0x4453_535F_4D49_47; // "DSS_MIG"

    public static IReadOnlyList<string> Scripts { get; } = typeof(Migrator).Assembly.GetManifestResourceNames()
        .Where(n => n.Contains(".Migrations.", StringComparison.Ordinal) && n.EndsWith(".sql", StringComparison.Ordinal))
        .Order(StringComparer.Ordinal).ToList();

    public static async Task<IReadOnlyList<string>> ApplyAsync(NpgsqlDataSource db, CancellationToken ct = default)
    {
        // Under the same lock as the scripts: two servers starting at once would otherwise race on creating the table
        // (seen as 23505, 42P07 or 42710 "type schema_migrations already exists").
        await using (var conn = await db.OpenConnectionAsync(ct))
        {
            await using var tx = await conn.BeginTransactionAsync(ct);
            await using (var lockCmd = new NpgsqlCommand($"select pg_advisory_xact_lock({LockKey})", conn, tx))
                await lockCmd.ExecuteNonQueryAsync(ct);
            await using (var create = new NpgsqlCommand(
                "create table if not exists schema_migrations (name text primary key, applied_at timestamptz not null default now())", conn, tx))
                await create.ExecuteNonQueryAsync(ct);
            await tx.CommitAsync(ct);
        }
        var applied = new List<string>();
        foreach (var resource in Scripts)
        {
            var name = ScriptName(resource);
            await using var conn = await db.OpenConnectionAsync(ct);
            await using var tx = await conn.BeginTransactionAsync(ct);
            await using (var lockCmd = new NpgsqlCommand($"select pg_advisory_xact_lock({LockKey})", conn, tx))
                await lockCmd.ExecuteNonQueryAsync(ct);
            await using (var seen = new NpgsqlCommand("select 1 from schema_migrations where name = @n", conn, tx))
            {
                seen.Parameters.AddWithValue("n", name);
                if (await seen.ExecuteScalarAsync(ct) is not null) continue;
            }
            await using (var run = new NpgsqlCommand(Read(resource), conn, tx))
                await run.ExecuteNonQueryAsync(ct);
            await using (var record = new NpgsqlCommand("insert into schema_migrations (name) values (@n)", conn, tx))
            {
                record.Parameters.AddWithValue("n", name);
                await record.ExecuteNonQueryAsync(ct);
            }
            await tx.CommitAsync(ct);
            applied.Add(name);
        }
        return applied;
    }

    /// <summary>"EmergencyDSS.Scheduler.Store.Migrations.0001_domain_store.sql" → "0001_domain_store".</summary>
    internal static string ScriptName(string resource)
    {
        var trimmed = resource[..^".sql".Length];
        return trimmed[(trimmed.LastIndexOf('.') + 1)..];
    }

    private static string Read(string resource)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(resource)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
