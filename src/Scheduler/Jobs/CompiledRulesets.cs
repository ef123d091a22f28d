using System.Collections.Concurrent;
using EmergencyDSS.Dsl;
using EmergencyDSS.Dsl.Model;
using EmergencyDSS.Engine.Compilation;
using EmergencyDSS.Engine.Facts;
using EmergencyDSS.Engine.Input;
using EmergencyDSS.Notices;
using EmergencyDSS.Scheduler.Store;
using Npgsql;

namespace EmergencyDSS.Scheduler.Jobs;

/// <summary>One stored ruleset version, compiled once per process: the model, the plan and the notice renderer.</summary>
internal sealed record CompiledRuleset(long Id, string Sha256, RuleModel Model, CompiledPlan Plan, NoticeRenderer Renderer);

/// <summary>Compiles stored ruleset versions and parses stored input lists on first use; cached per process by id.</summary>
internal sealed class CompiledRulesets(NpgsqlDataSource db)
{
    private readonly ConcurrentDictionary<long, Lazy<Task<CompiledRuleset>>> _rulesets = new();
    private readonly ConcurrentDictionary<(long List, long Ruleset), Lazy<Task<object>>> _lists = new();

    public Task<CompiledRuleset> GetAsync(long rulesetId) =>
        Cached(_rulesets, rulesetId, () => CompileAsync(rulesetId));

    public async Task<IReadOnlyList<Enterprise>> EnterprisesAsync(long? listId, CompiledRuleset ruleset) =>
        listId is null ? [] : (IReadOnlyList<Enterprise>)await ListAsync(listId.Value, ruleset, (b, f, m) => ReductionListLoader.Parse(b, f, m));

    public async Task<IReadOnlyList<Site>> SitesAsync(long? listId, CompiledRuleset ruleset) =>
        listId is null ? [] : (IReadOnlyList<Site>)await ListAsync(listId.Value, ruleset, (b, f, m) => SiteListLoader.Parse(b, f, m));

    private Task<object> ListAsync<T>(long listId, CompiledRuleset ruleset, Func<byte[], string, RuleModel, LoadResult<T>> parse) where T : class =>
        Cached<(long, long), object>(_lists, (listId, ruleset.Id), async () =>
        {
            await using var conn = await db.OpenConnectionAsync();
            var list = await InputLists.ByIdAsync(conn, listId);
            var result = parse(list.Content, list.FileName, ruleset.Model);
            return result.Value ?? throw new InvalidOperationException($"stored {list.Kind} list {list.Id} no longer loads: {string.Join("; ", result.Errors.Take(3))}");
        });

    /// <summary>One load per key and process; a load that failed (the database away for a moment) is forgotten, so the next call tries again.</summary>
    private static async Task<T> Cached<TKey, T>(ConcurrentDictionary<TKey, Lazy<Task<T>>> cache, TKey key, Func<Task<T>> load) where TKey : notnull
    {
        var entry = cache.GetOrAdd(key, _ => new Lazy<Task<T>>(load));
        try { return await entry.Value; }
        catch
        {
            cache.TryRemove(new KeyValuePair<TKey, Lazy<Task<T>>>(key, entry));
            throw;
        }
    }

    private async Task<CompiledRuleset> CompileAsync(long id)
    {
        await using var conn = await db.OpenConnectionAsync();
        var stored = await RulesetVersions.ByIdAsync(conn, id);
        var compilation = RulesetCompiler.CompileText(stored.Source, stored.FileName);
        var model = compilation.Model ?? throw new InvalidOperationException($"stored ruleset {id} no longer compiles");
        return new CompiledRuleset(id, stored.Sha256, model, CompiledPlan.Compile(model), new NoticeRenderer(model, stored.Directory));
    }
}
