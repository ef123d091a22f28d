using Npgsql;

namespace EmergencyDSS.Scheduler.Store;

/// <summary>Short forms for parameterised commands on one connection and transaction.</summary>
internal static class Sql
{
    public static NpgsqlCommand Command(NpgsqlConnection conn, NpgsqlTransaction? tx, string sql, params (string Name, object? Value)[] args)
    {
        var cmd = new NpgsqlCommand(sql, conn, tx);
        // Npgsql writes timestamptz only from UTC offsets; every time shown to people is converted back to Asia/Shanghai.
        foreach (var (name, value) in args)
            cmd.Parameters.AddWithValue(name, value switch { null => DBNull.Value, DateTimeOffset t => t.ToUniversalTime(), _ => value });
        return cmd;
    }

    public static async Task<int> ExecAsync(NpgsqlConnection conn, NpgsqlTransaction? tx, string sql, params (string, object?)[] args)
    {
        await using var cmd = Command(conn, tx, sql, args);
        return await cmd.ExecuteNonQueryAsync();
    }

    public static async Task<T?> ScalarAsync<T>(NpgsqlConnection conn, NpgsqlTransaction? tx, string sql, params (string, object?)[] args)
    {
        await using var cmd = Command(conn, tx, sql, args);
        var value = await cmd.ExecuteScalarAsync();
        return value is null or DBNull ? default : (T)value;
    }

    public static async Task<List<T>> ListAsync<T>(NpgsqlConnection conn, NpgsqlTransaction? tx, string sql, Func<NpgsqlDataReader, T> row, params (string, object?)[] args)
    {
        await using var cmd = Command(conn, tx, sql, args);
        await using var reader = await cmd.ExecuteReaderAsync();
        var list = new List<T>();
        while (await reader.ReadAsync()) list.Add(row(reader));
        return list;
    }

    public static string? NullableString(this NpgsqlDataReader r, int i) => r.IsDBNull(i) ? null : r.GetString(i);
}
