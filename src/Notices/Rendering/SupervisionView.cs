using Scriban.Runtime;

namespace EmergencyDSS.Notices;

/// <summary>The <c>supervision</c> variables of a 督办通知 (empty on every other notice, so any template checks against any notice).</summary>
internal static class SupervisionView
{
    public static ScriptObject Build(SupervisionCase? s, NoticeContext context)
    {
        var violations = new ScriptArray();
        foreach (var v in s?.Violations ?? [])
            violations.Add(new ScriptObject
            {
                ["district"] = v.District,
                ["episode"] = ChineseTime.Date(v.EpisodeStart),
                ["outcome"] = Outcome(v.Outcome),
                ["inspected_on"] = ChineseTime.Date(v.InspectedAt),
            });
        return new ScriptObject
        {
            ["plan"] = context.Model.Header.Name,
            ["listed_on"] = s is null ? "" : ChineseTime.Date(s.ListedOn),
            ["count"] = s?.Violations.Count ?? 0,
            ["required"] = s?.Required ?? 0,
            ["within_days"] = s?.WithinDays ?? 0,
            ["counting"] = s is { CountsPartly: true } ? "未落实或部分落实" : "未落实",
            ["exposed_after"] = s?.ExposedAfter ?? 0,
            ["violations"] = violations,
        };
    }

    /// <summary>The finding as the inspector's form words it.</summary>
    public static string Outcome(string outcome) => outcome switch
    {
        "not_complied" => "未落实",
        "partly" => "部分落实",
        "complied" => "已落实",
        _ => outcome,
    };
}
