using System.Collections.Concurrent;
using System.Text;
using EmergencyDSS.Engine.Facts;
using EmergencyDSS.Engine.Input;
using EmergencyDSS.Notices.Replay;
using EmergencyDSS.Scheduler.Jobs;
using EmergencyDSS.Scheduler.Store;
using Npgsql;

namespace EmergencyDSS.Web.Console;

/// <summary>
/// What activating a ruleset version would change, shown before an approver accepts it (issue 16): the forecasts
/// uploaded most recently (up to <see cref="MaxForecasts"/> issues) replayed through the active version and through
/// the proposed one, with the active enterprise and site lists, through the scheduler's lifecycle — what `dss diff`
/// does with files — and only what differs. Computed once per pair of versions, forecasts and lists, then cached.
/// </summary>
internal sealed class RulesetImpact(NpgsqlDataSource db, CompiledRulesets rulesets)
{
    public const int MaxForecasts = 90;
    private const int CacheSize = 8;

    /// <param name="Html">The diff's sections (null when <paramref name="Problem"/> says why there is none).</param>
    /// <param name="Skipped">Forecasts left out because one of the two versions does not read them (a district it does not list).</param>
    public sealed record Outcome(string? Html, int Forecasts, int Skipped, string? Problem, bool Empty)
    {
        /// <summary>How much changes, in one line (district-days, enterprises, notices).</summary>
        public string Summary { get; init; } = "";
    }

    private sealed record Key(long Active, long Proposed, long LastForecast, int Forecasts, long? Enterprises, long? Sites);

    private readonly ConcurrentDictionary<Key, Lazy<Task<Outcome>>> _cache = new();
    // One replay pair at a time in the process: at province size each holds the season's decisions in memory.
    private readonly SemaphoreSlim _one = new(1, 1);

    public async Task<Outcome> CompareAsync(long proposedId)
    {
        long? activeId, enterprisesId, sitesId;
        List<long> recent;
        await using (var conn = await db.OpenConnectionAsync())
        {
            activeId = (await RulesetVersions.ActiveAsync(conn))?.Id;
            enterprisesId = await InputLists.ActiveIdAsync(conn, null, "enterprises");
            sitesId = await InputLists.ActiveIdAsync(conn, null, "sites");
            // Only the ids here: the forecasts themselves are read when the pair is not cached yet.
            recent = await Sql.ListAsync(conn, null, "select id from forecasts order by issued_at desc, id desc limit @n", r => r.GetInt64(0), ("n", MaxForecasts));
        }
        if (activeId is null) return Problem("尚无现行版本，无从比较。");
        if (activeId == proposedId) return Problem("该版本即现行版本。");
        if (recent.Count == 0) return Problem("尚未上传预报，无从回放。");
        var key = new Key(activeId.Value, proposedId, recent.Max(), recent.Count, enterprisesId, sitesId);
        var entry = _cache.GetOrAdd(key, k => new Lazy<Task<Outcome>>(() => Task.Run(async () =>
        {
            await _one.WaitAsync();
            try { return await ReplayBothAsync(k, recent); }
            finally { _one.Release(); }
        })));
        try
        {
            var outcome = await entry.Value;
            if (_cache.Count > CacheSize)
                foreach (var old in _cache.Keys.Where(k => k != key).ToList()) _cache.TryRemove(old, out _);
            return outcome;
        }
        catch
        {
            _cache.TryRemove(new KeyValuePair<Key, Lazy<Task<Outcome>>>(key, entry));
            throw;
        }
    }

    private async Task<Outcome> ReplayBothAsync(Key key, IReadOnlyList<long> recent)
    {
        List<(long Id, string FileName, byte[] Raw)> stored;
        await using (var conn = await db.OpenConnectionAsync())
            stored = await Sql.ListAsync(conn, null, "select id, file_name, raw from forecasts where id = any(@ids) order by issued_at, id",
                r => (r.GetInt64(0), r.GetString(1), (byte[])r[2]), ("ids", recent.ToArray()));
        var active = await rulesets.GetAsync(key.Active);
        CompiledRuleset proposed;
        try { proposed = await rulesets.GetAsync(key.Proposed); }
        catch (InvalidOperationException) { return Problem("该版本已不能编译，无从回放。"); }
        IReadOnlyList<Enterprise> oldList, newList;
        IReadOnlyList<Site> oldSites, newSites;
        (oldList, oldSites) = (await rulesets.EnterprisesAsync(key.Enterprises, active), await rulesets.SitesAsync(key.Sites, active));
        try { (newList, newSites) = (await rulesets.EnterprisesAsync(key.Enterprises, proposed), await rulesets.SitesAsync(key.Sites, proposed)); }
        catch (InvalidOperationException) { return Problem("现行企业或工地清单不符合该版本（例如清单中的区县、行业或绩效分级该版本未列出），请先调整清单或预案。"); }

        var (oldSequence, newSequence) = (new List<(string, Forecast)>(), new List<(string, Forecast)>());
        foreach (var (id, fileName, raw) in stored)
        {
            var (o, n) = (ForecastLoader.Parse(raw, fileName, active.Model), ForecastLoader.Parse(raw, fileName, proposed.Model));
            if (o.Value is null || n.Value is null || o.Errors.Count > 0 || n.Errors.Count > 0) continue;
            // The name orders forecasts of one issue time as the upload order did.
            var name = $"{id:D12}-{fileName}";
            oldSequence.Add((name, o.Value));
            newSequence.Add((name, n.Value));
        }
        if (newSequence.Count == 0) return Problem("已上传的预报均不能同时按两个版本读取，无从回放。");
        var before = await new SeasonReplay(active.Model, active.Plan, active.Renderer, oldList, oldSites).RunAsync("现行", oldSequence);
        var after = await new SeasonReplay(proposed.Model, proposed.Plan, proposed.Renderer, newList, newSites).RunAsync("拟启用", newSequence);
        var diff = SeasonDiff.Between(before, after, newList);
        var html = DiffHtml.Sections(new StringBuilder(), proposed.Model, diff).ToString();
        return new Outcome(html, newSequence.Count, stored.Count - newSequence.Count, null, diff.IsEmpty)
        {
            Summary = $"预警级别变化{diff.Levels.Count}个区县日，停限产变化{diff.Enterprises.Count}家企业，通知变化{diff.Notices.Count}份。",
        };
    }

    private static Outcome Problem(string why) => new(null, 0, 0, why, false);
}
