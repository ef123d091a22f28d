using EmergencyDSS.Scheduler.Store;
using Npgsql;

namespace EmergencyDSS.Scheduler.Accounts;

/// <summary>
/// Accounts in PostgreSQL: creation (initial password + first API token), sign-in with lockout
/// (<see cref="MaxFailures"/> wrong passwords lock the account for <see cref="LockoutTime"/>), password
/// change, token lookup and revocation. Every change is in the audit log under the acting account.
/// </summary>
internal sealed class AccountStore(NpgsqlDataSource db, TimeProvider clock)
{
    public const int MaxFailures = 5;
    public static readonly TimeSpan LockoutTime = TimeSpan.FromMinutes(15);
    private const string Columns = "id, name, role, credit_code, must_change_password";

    public async Task<NewAccount> CreateAsync(string name, string role, string? creditCode, string actor)
    {
        var password = Secrets.NewPassword();
        var token = Secrets.NewToken();
        var now = ShanghaiTime.Now(clock);
        await using var conn = await db.OpenConnectionAsync();
        await using var tx = await conn.BeginTransactionAsync();
        var id = await Sql.ScalarAsync<long>(conn, tx, """
            insert into accounts (name, role, credit_code, password_hash, created_by, created_at)
            values (@name, @role, @code, @hash, @by, @at) returning id
            """, ("name", name), ("role", role), ("code", creditCode), ("hash", Secrets.HashPassword(password)), ("by", actor), ("at", now));
        await Sql.ExecAsync(conn, tx, "insert into api_tokens (account_id, token_hash, created_at) values (@id, @hash, @at)",
            ("id", id), ("hash", Secrets.HashToken(token)), ("at", now));
        await AuditLog.AppendAsync(conn, tx, now, actor, "account", id, "Created", creditCode is null ? $"{name} {role}" : $"{name} {role} {creditCode}");
        await tx.CommitAsync();
        return new NewAccount(new Account(id, name, role, creditCode, true), password, token);
    }

    /// <summary>Whether an enabled admin account exists: from then on DSS_ADMIN_TOKEN is refused (it only bootstraps the first admin).</summary>
    public async Task<bool> AdminExistsAsync()
    {
        await using var conn = await db.OpenConnectionAsync();
        return await Sql.ScalarAsync<long?>(conn, null, "select id from accounts where role = 'admin' and not disabled limit 1") is not null;
    }

    public async Task<bool> ExistsAsync(string name)
    {
        await using var conn = await db.OpenConnectionAsync();
        return await Sql.ScalarAsync<long?>(conn, null, "select id from accounts where name = @n", ("n", name)) is not null;
    }

    /// <summary>Checks a password; a locked account stays locked whatever is typed until its time is up.</summary>
    public async Task<(SignInOutcome Outcome, Account? Account)> SignInAsync(string name, string password)
    {
        var now = ShanghaiTime.Now(clock);
        await using var conn = await db.OpenConnectionAsync();
        await using var tx = await conn.BeginTransactionAsync();
        var row = (await Sql.ListAsync(conn, tx, $"select {Columns}, password_hash, failed_sign_ins, locked_until from accounts where name = @n and not disabled for update",
            r => (Account: Read(r), Hash: r.GetString(5), Failures: r.GetInt32(6), LockedUntil: r.IsDBNull(7) ? (DateTimeOffset?)null : r.GetFieldValue<DateTimeOffset>(7)),
            ("n", name))).SingleOrDefault();
        if (row.Account is null)
        {
            Secrets.VerifyPassword(Secrets.HashPassword("timing"), password); // same work for unknown names
            return (SignInOutcome.WrongPassword, null);
        }
        if (row.LockedUntil is { } until && until > now) return (SignInOutcome.LockedOut, null);
        if (!Secrets.VerifyPassword(row.Hash, password))
        {
            var failures = row.Failures + 1;
            var locks = failures >= MaxFailures;
            await Sql.ExecAsync(conn, tx, "update accounts set failed_sign_ins = @f, locked_until = @until where id = @id",
                ("f", locks ? 0 : failures), ("until", locks ? now + LockoutTime : null), ("id", row.Account.Id));
            if (locks) await AuditLog.AppendAsync(conn, tx, now, row.Account.Name, "account", row.Account.Id, "LockedOut", $"{MaxFailures} wrong passwords");
            await tx.CommitAsync();
            return (locks ? SignInOutcome.LockedOut : SignInOutcome.WrongPassword, null);
        }
        await Sql.ExecAsync(conn, tx, "update accounts set failed_sign_ins = 0, locked_until = null where id = @id", ("id", row.Account.Id));
        await AuditLog.AppendAsync(conn, tx, now, row.Account.Name, "account", row.Account.Id, "SignedIn");
        await tx.CommitAsync();
        return (SignInOutcome.SignedIn, row.Account);
    }

    /// <summary>Changes the password after checking the current one; clears must-change.</summary>
    public async Task<bool> ChangePasswordAsync(string name, string current, string next)
    {
        var (outcome, account) = await SignInAsync(name, current);
        if (outcome != SignInOutcome.SignedIn || account is null) return false;
        var now = ShanghaiTime.Now(clock);
        await using var conn = await db.OpenConnectionAsync();
        await using var tx = await conn.BeginTransactionAsync();
        await Sql.ExecAsync(conn, tx, "update accounts set password_hash = @h, must_change_password = false where id = @id",
            ("h", Secrets.HashPassword(next)), ("id", account.Id));
        await AuditLog.AppendAsync(conn, tx, now, account.Name, "account", account.Id, "PasswordChanged");
        await tx.CommitAsync();
        return true;
    }

    /// <summary>Every account with its state, for the admin's account page (oldest first).</summary>
    public async Task<IReadOnlyList<AccountLine>> ListAsync()
    {
        await using var conn = await db.OpenConnectionAsync();
        return await Sql.ListAsync(conn, null, """
            select a.id, a.name, a.role, a.credit_code, a.disabled, a.must_change_password, a.locked_until, a.created_by, a.created_at,
                   (select count(*) from api_tokens t where t.account_id = a.id and t.revoked_at is null)
            from accounts a order by a.id
            """, r => new AccountLine(r.GetInt64(0), r.GetString(1), r.GetString(2), r.NullableString(3), r.GetBoolean(4), r.GetBoolean(5),
                r.IsDBNull(6) ? null : r.GetFieldValue<DateTimeOffset>(6), r.GetString(7), r.GetFieldValue<DateTimeOffset>(8), (int)r.GetInt64(9)));
    }

    /// <summary>Disables (no sign-in, no token, sessions end at their next request) or enables an account; false if there is no such account.</summary>
    public async Task<bool> SetDisabledAsync(string name, bool disabled, string actor)
    {
        var now = ShanghaiTime.Now(clock);
        await using var conn = await db.OpenConnectionAsync();
        await using var tx = await conn.BeginTransactionAsync();
        var id = await Sql.ScalarAsync<long?>(conn, tx, "update accounts set disabled = @d, failed_sign_ins = 0, locked_until = null where name = @n returning id",
            ("d", disabled), ("n", name));
        if (id is null) return false;
        await AuditLog.AppendAsync(conn, tx, now, actor, "account", id, disabled ? "Disabled" : "Enabled", name);
        await tx.CommitAsync();
        return true;
    }

    /// <summary>A new initial password (to be changed at the next sign-in; any lockout is lifted), or null if there is no such account.</summary>
    public async Task<string?> ResetPasswordAsync(string name, string actor)
    {
        var password = Secrets.NewPassword();
        var now = ShanghaiTime.Now(clock);
        await using var conn = await db.OpenConnectionAsync();
        await using var tx = await conn.BeginTransactionAsync();
        var id = await Sql.ScalarAsync<long?>(conn, tx, """
            update accounts set password_hash = @h, must_change_password = true, failed_sign_ins = 0, locked_until = null where name = @n returning id
            """, ("h", Secrets.HashPassword(password)), ("n", name));
        if (id is null) return null;
        await AuditLog.AppendAsync(conn, tx, now, actor, "account", id, "PasswordReset", name);
        await tx.CommitAsync();
        return password;
    }

    /// <summary>The account an unrevoked API token belongs to.</summary>
    public async Task<Account?> ByTokenAsync(string token)
    {
        await using var conn = await db.OpenConnectionAsync();
        return (await Sql.ListAsync(conn, null, $"""
            select a.id, a.name, a.role, a.credit_code, a.must_change_password from api_tokens t join accounts a on a.id = t.account_id
            where t.token_hash = @h and t.revoked_at is null and not a.disabled
            """, Read, ("h", Secrets.HashToken(token)))).SingleOrDefault();
    }

    public async Task<Account?> ByNameAsync(string name)
    {
        await using var conn = await db.OpenConnectionAsync();
        return (await Sql.ListAsync(conn, null, $"select {Columns} from accounts where name = @n and not disabled", Read, ("n", name))).SingleOrDefault();
    }

    /// <summary>The name of the enterprise's account (one per credit code), or null.</summary>
    public async Task<string?> EnterpriseAccountNameAsync(string creditCode)
    {
        await using var conn = await db.OpenConnectionAsync();
        return await Sql.ScalarAsync<string>(conn, null, "select name from accounts where role = 'enterprise' and credit_code = @c and not disabled", ("c", creditCode));
    }

    private static Account Read(NpgsqlDataReader r) => new(r.GetInt64(0), r.GetString(1), r.GetString(2), r.NullableString(3), r.GetBoolean(4));
}
