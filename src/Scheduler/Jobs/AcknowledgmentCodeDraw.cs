using EmergencyDSS.Notices;
using EmergencyDSS.Scheduler.Store;
using Npgsql;

namespace EmergencyDSS.Scheduler.Jobs;

/// <summary>
/// Draws a random acknowledgment code for every planned notice, unique among themselves and among every code
/// already stored (compared by hash; a clash of 50-bit codes is drawn again, so the unique index never refuses a plan).
/// </summary>
internal static class AcknowledgmentCodeDraw
{
    public static async Task<Dictionary<string, string>> DrawAsync(NpgsqlConnection conn, NpgsqlTransaction tx, IReadOnlyList<PlannedNotice> plans)
    {
        var codes = new Dictionary<string, string>(StringComparer.Ordinal);
        var hashes = new HashSet<string>(StringComparer.Ordinal);
        var pending = plans.Select(p => p.Key).Distinct(StringComparer.Ordinal).ToList();
        while (pending.Count > 0)
        {
            var drawn = new List<(string Key, string Code, string Hash)>();
            foreach (var key in pending)
            {
                var code = AcknowledgmentCodes.Random();
                var hash = AcknowledgmentCodes.Sha256(code);
                if (hashes.Add(hash)) drawn.Add((key, code, hash));
            }
            var taken = (await Sql.ListAsync(conn, tx, "select acknowledgment_code_sha256 from notices where acknowledgment_code_sha256 = any(@h)",
                r => r.GetString(0), ("h", drawn.Select(d => d.Hash).ToArray()))).ToHashSet(StringComparer.Ordinal);
            foreach (var d in drawn.Where(d => !taken.Contains(d.Hash))) codes[d.Key] = d.Code;
            pending = pending.Where(k => !codes.ContainsKey(k)).ToList();
        }
        return codes;
    }
}
