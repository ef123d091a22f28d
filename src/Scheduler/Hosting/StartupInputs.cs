using EmergencyDSS.Scheduler.Intake;
using Microsoft.Extensions.DependencyInjection;

namespace EmergencyDSS.Scheduler.Hosting;

/// <summary>
/// Loads and activates --ruleset, --enterprises, --sites at start (the same content again is the same
/// version). Returns every positioned error; nothing after the first bad input is stored.
/// </summary>
internal static class StartupInputs
{
    public static async Task<IReadOnlyList<string>> LoadAsync(IServiceProvider services, ServeOptions options)
    {
        if (options.Ruleset is { } rulesetPath)
        {
            if (!File.Exists(rulesetPath)) return [$"{rulesetPath}:1:1: cannot be read (no such file)"];
            var result = await services.GetRequiredService<RulesetIntake>().SubmitAsync(await File.ReadAllTextAsync(rulesetPath), rulesetPath, "startup");
            if (!result.Accepted) return result.Errors;
        }
        var lists = services.GetRequiredService<ListIntake>();
        foreach (var (kind, path) in new[] { ("enterprises", options.Enterprises), ("sites", options.Sites) })
        {
            if (path is null) continue;
            if (!File.Exists(path)) return [$"{path}:1:1: cannot be read (no such file)"];
            var result = await lists.SubmitAsync(kind, await File.ReadAllBytesAsync(path), path, "startup");
            if (!result.Accepted) return result.Errors;
        }
        return [];
    }
}
