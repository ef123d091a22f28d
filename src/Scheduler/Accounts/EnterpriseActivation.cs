using EmergencyDSS.Notices;
using EmergencyDSS.Scheduler.Api;
using EmergencyDSS.Scheduler.Store;
using Npgsql;

namespace EmergencyDSS.Scheduler.Accounts;

/// <summary>What setting an enterprise's first password came to.</summary>
internal enum ActivationOutcome { Activated, NoNotices, WrongCode, Throttled, AlreadySet }

/// <summary>
/// Enterprise accounts by credit code (one per enterprise): the portal signs in by credit code, and an
/// enterprise sets its first password with the acknowledgment code printed on one of its own notices.
/// Wrong codes count towards the acknowledgment throttle like any other; an account whose password is
/// already set is never changed this way.
/// </summary>
internal sealed class EnterpriseActivation(NpgsqlDataSource db, TimeProvider clock, AcknowledgmentThrottle throttle)
{
    public async Task<ActivationOutcome> ActivateAsync(string creditCode, string code, string password, string client)
    {
        var hash = code.Length > 64 ? "" : AcknowledgmentCodes.Sha256(code.Trim().ToUpperInvariant());
        long? matched, first;
        await using (var conn = await db.OpenConnectionAsync())
        {
            matched = await Sql.ScalarAsync<long?>(conn, null, "select id from notices where target_kind = 'enterprise' and target = @c and acknowledgment_code_sha256 = @h",
                ("c", creditCode), ("h", hash));
            first = await Sql.ScalarAsync<long?>(conn, null, "select min(id) from notices where target_kind = 'enterprise' and target = @c", ("c", creditCode));
        }
        if (first is null) return ActivationOutcome.NoNotices;
        switch (await throttle.CheckAsync(matched ?? first.Value, code, client))
        {
            case CodeCheck.Throttled: return ActivationOutcome.Throttled;
            case CodeCheck.Wrong: return ActivationOutcome.WrongCode;
        }
        var now = ShanghaiTime.Now(clock);
        await using var db2 = await db.OpenConnectionAsync();
        await using var tx = await db2.BeginTransactionAsync();
        var existing = (await Sql.ListAsync(db2, tx, "select id, must_change_password from accounts where role = 'enterprise' and credit_code = @c for update",
            r => (Id: r.GetInt64(0), MustChange: r.GetBoolean(1)), ("c", creditCode))).SingleOrDefault();
        if (existing.Id != 0 && !existing.MustChange) return ActivationOutcome.AlreadySet;
        var id = existing.Id != 0
            ? existing.Id
            : await Sql.ScalarAsync<long>(db2, tx, """
                insert into accounts (name, role, credit_code, password_hash, created_by, created_at)
                values (@c, 'enterprise', @c, '', 'portal', @at) returning id
                """, ("c", creditCode), ("at", now));
        await Sql.ExecAsync(db2, tx, "update accounts set password_hash = @h, must_change_password = false, failed_sign_ins = 0, locked_until = null where id = @id",
            ("h", Secrets.HashPassword(password)), ("id", id));
        await AuditLog.AppendAsync(db2, tx, now, creditCode, "account", id, "PasswordSetWithAcknowledgmentCode", $"notice {matched}");
        await tx.CommitAsync();
        return ActivationOutcome.Activated;
    }
}
