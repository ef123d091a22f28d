using Npgsql;

namespace EmergencyDSS.Scheduler.Store;

/// <summary>Appends to the append-only audit log, inside the caller's transaction (so the entry and the change commit together).</summary>
internal static class AuditLog
{
    public static Task AppendAsync(NpgsqlConnection conn, NpgsqlTransaction tx, DateTimeOffset at, string actor, string entity, long? entityId, string action, string detail = "") =>
        Sql.ExecAsync(conn, tx, "insert into audit_log (at, actor, entity, entity_id, action, detail) values (@at, @actor, @entity, @id, @action, @detail)",
            ("at", at), ("actor", actor), ("entity", entity), ("id", entityId), ("action", action), ("detail", detail));
}
