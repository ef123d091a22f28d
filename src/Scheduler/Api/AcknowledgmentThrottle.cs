using System.Security.Cryptography;
using System.Text;
using EmergencyDSS.Notices;
using EmergencyDSS.Scheduler.Store;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace EmergencyDSS.Scheduler.Api;

/// <summary>What a recipient's code attempt came to.</summary>
internal enum CodeCheck { Right, Wrong, Throttled }

/// <summary>
/// Checks a recipient's acknowledgment code against the stored hash. Wrong codes are rows in
/// <c>acknowledgment_failures</c> (shared by every server on the database), an audit row and a log line — never the
/// code itself. Within <see cref="Window"/>, <see cref="PerNotice"/> wrong codes for a notice or <see cref="PerClient"/>
/// from one client address throttle further attempts (429), right codes included, until the window has passed.
/// </summary>
internal sealed class AcknowledgmentThrottle(NpgsqlDataSource db, TimeProvider clock, ILogger<AcknowledgmentThrottle> log)
{
    public const int PerNotice = 5;
    public const int PerClient = 20;
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(15);

    public async Task<CodeCheck> CheckAsync(long noticeId, string code, string client)
    {
        var now = ShanghaiTime.Now(clock);
        await using var conn = await db.OpenConnectionAsync();
        await using var tx = await conn.BeginTransactionAsync();
        // One attempt per notice at a time, so parallel guesses cannot all slip under the count.
        await Sql.ExecAsync(conn, tx, "select pg_advisory_xact_lock(hashtextextended('ack:' || @n::text, 0))", ("n", noticeId));
        var since = now - Window;
        var failures = await Sql.ListAsync(conn, tx, """
            select count(*) filter (where notice_id = @n), count(*) filter (where client = @c)
            from acknowledgment_failures where at > @since and (notice_id = @n or client = @c)
            """, r => (Notice: r.GetInt64(0), Client: r.GetInt64(1)), ("n", noticeId), ("c", client), ("since", since));
        var (forNotice, fromClient) = failures.Single();
        if (forNotice >= PerNotice || fromClient >= PerClient)
        {
            log.LogWarning("acknowledgment attempt for notice {Notice} from {Client} throttled ({NoticeFailures} wrong for the notice, {ClientFailures} from the client in {Minutes} min)",
                noticeId, client, forNotice, fromClient, Window.TotalMinutes);
            return CodeCheck.Throttled;
        }
        var stored = await Sql.ScalarAsync<string>(conn, tx, "select acknowledgment_code_sha256 from notices where id = @id", ("id", noticeId));
        var offered = code.Length > 64 ? "" : AcknowledgmentCodes.Sha256(code.Trim().ToUpperInvariant());
        if (stored is not null && CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(stored), Encoding.ASCII.GetBytes(offered)))
            return CodeCheck.Right;
        await Sql.ExecAsync(conn, tx, "insert into acknowledgment_failures (notice_id, client, at) values (@n, @c, @at)",
            ("n", noticeId), ("c", client), ("at", now));
        await AuditLog.AppendAsync(conn, tx, now, "recipient", "notice", noticeId, "AcknowledgmentRefused", $"wrong code from {client}");
        await tx.CommitAsync();
        log.LogWarning("wrong acknowledgment code for notice {Notice} from {Client}", noticeId, client);
        return CodeCheck.Wrong;
    }
}
