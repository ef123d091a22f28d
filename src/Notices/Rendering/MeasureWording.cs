using EmergencyDSS.Engine.Evaluation;
using EmergencyDSS.Engine.Wording;

namespace EmergencyDSS.Notices;

/// <summary>How a measure decision reads in a notice: the wording catalogue's full clause (<see cref="MeasureWords"/>).</summary>
internal static class MeasureWording
{
    public static string EventName(string ev) => Terms.Event(ev);

    public static string Category(string category) => Terms.Category(category);

    public static string Describe(MeasureDecision m) => m.Category switch
    {
        // Construction, traffic and other texts are the plan's own words; traffic texts already name their hours.
        "construction" or "other" when m.Text is not null => m.Hours is null ? m.Text : $"{m.Text}（管控时段{m.Hours}）",
        "traffic" when m.Text is not null => m.Text,
        // A 错峰生产 calendar period: what it orders, named by the period (砖瓦窑冬季错峰生产期间停止生产…).
        "production" when m.Kind == "stagger" && m.Text is not null => $"{m.Reason ?? "错峰生产"}期间{m.Text}",
        _ => MeasureWords.Full(m.Kind, m.Percent, m.Basis, m.Reason, m.MinStandard, m.Hours),
    };
}
