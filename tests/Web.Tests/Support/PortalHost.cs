using EmergencyDSS.Scheduler.Tests.Support;

namespace EmergencyDSS.Web.Tests.Support;

/// <summary>
/// The console host with a copy of the shipped rulesets whose Chongqing plan also declares the supervision and
/// exposure lists (the shipped plan leaves them to the bureau): two violations in a year → 督企清单, three → 曝光名单.
/// </summary>
public sealed class PortalHost : ConsoleHost
{
    public const string ListRules = "\nsupervise after 2 violations within 365 days\nexpose after 3 violations within 365 days\n";

    protected override string PrepareRuleset(string folder)
    {
        var source = Path.GetDirectoryName(Repo.Ruleset)!;
        var copy = Path.Combine(folder, "rulesets");
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(copy, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
        var ruleset = Path.Combine(copy, Path.GetFileName(Repo.Ruleset));
        File.AppendAllText(ruleset, ListRules);
        return ruleset;
    }
}
