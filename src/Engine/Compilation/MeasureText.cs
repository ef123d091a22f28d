using System.Globalization;
using EmergencyDSS.Dsl.Model;

namespace EmergencyDSS.Engine.Compilation;

/// <summary>Measures read back in the rules language's own words, for explanations.</summary>
internal static class MeasureText
{
    /// <summary>A measure in plain Chinese, as a notice or explanation says it.</summary>
    public static string Of(Measure m) => m.Kind switch
    {
        MeasureKind.Stop => "停产",
        MeasureKind.Limit => m.Basis == LimitBasis.Lines
            ? $"停运 {(m.Percent ?? 0).ToString(CultureInfo.InvariantCulture)}% 生产线"
            : $"限产 {(m.Percent ?? 0).ToString(CultureInfo.InvariantCulture)}%",
        MeasureKind.Self => "自主减排",
        MeasureKind.Exempt => m.Reason is null ? "豁免" : $"豁免（{m.Reason}）",
        MeasureKind.None => "无减产要求",
        MeasureKind.Stagger => "错峰生产" + (m.Hours is null ? "" : $" {m.Hours}") + (m.Reason is null ? "" : $"（{m.Reason}）"),
        MeasureKind.Ban => $"禁止{StandardBelow(m.MinStandard)}及以下重型柴油货车运输",
        MeasureKind.NoRoad => "禁止公路运输",
        _ => m.Kind.ToString(),
    };

    /// <summary>The standard just below the lowest allowed one: "ban below 国五" bans 国四 and older.</summary>
    private static string StandardBelow(string? minStandard)
    {
        var rank = MeasureStringency.StandardRank(minStandard);
        return rank > 0 ? ForecastFields.EmissionStandards[rank - 1] : minStandard ?? "";
    }

    public static string Cell(IReadOnlyList<Measure> measures) => string.Join("，", measures.Select(Of));

    /// <summary>The contract's kind word: stop, limit, self, exempt, none, stagger, ban, no-road.</summary>
    public static string Kind(MeasureKind kind) => kind switch
    {
        MeasureKind.NoRoad => "no-road",
        _ => kind.ToString().ToLowerInvariant(),
    };
}
