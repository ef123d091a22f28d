using EmergencyDSS.Scheduler.Store;
using Npgsql;

namespace EmergencyDSS.Scheduler.Accounts;

/// <summary>Issues more API tokens for an account and revokes them (a revoked token answers 401 from then on).</summary>
internal sealed class ApiTokens(NpgsqlDataSource db, TimeProvider clock)
{
    /// <summary>A new token for the account, or null if there is no such account.</summary>
    public async Task<string?> IssueAsync(string accountName, string actor)
    {
        var token = Secrets.NewToken();
        var now = ShanghaiTime.Now(clock);
        await using var conn = await db.OpenConnectionAsync();
        await using var tx = await conn.BeginTransactionAsync();
        var id = await Sql.ScalarAsync<long?>(conn, tx, "select id from accounts where name = @n", ("n", accountName));
        if (id is null) return null;
        await Sql.ExecAsync(conn, tx, "insert into api_tokens (account_id, token_hash, created_at) values (@id, @h, @at)",
            ("id", id), ("h", Secrets.HashToken(token)), ("at", now));
        await AuditLog.AppendAsync(conn, tx, now, actor, "account", id, "TokenIssued");
        await tx.CommitAsync();
        return token;
    }

    /// <summary>Revokes every live token of the account; the number revoked, or null if there is no such account.</summary>
    public async Task<int?> RevokeAllAsync(string accountName, string actor)
    {
        var now = ShanghaiTime.Now(clock);
        await using var conn = await db.OpenConnectionAsync();
        await using var tx = await conn.BeginTransactionAsync();
        var id = await Sql.ScalarAsync<long?>(conn, tx, "select id from accounts where name = @n", ("n", accountName));
        if (id is null) return null;
        var revoked = await Sql.ExecAsync(conn, tx, "update api_tokens set revoked_at = @at where account_id = @id and revoked_at is null", ("at", now), ("id", id));
        await AuditLog.AppendAsync(conn, tx, now, actor, "account", id, "TokensRevoked", $"{revoked}");
        await tx.CommitAsync();
        return revoked;
    }
}
