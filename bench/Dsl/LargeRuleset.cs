using System.Text;

namespace EmergencyDSS.Bench.Dsl;

/// <summary>A generated ruleset of about <c>lines</c> lines: the shipped header and triggers, then many industry tables and sector rules.</summary>
internal static class LargeRuleset
{
    public static string Generate(int lines)
    {
        var sb = new StringBuilder();
        sb.Append("ruleset \"生成的规则集\" {\n  version \"1\"\n  authority \"测试局\"\n  timezone \"Asia/Shanghai\"\n}\n");
        sb.Append("districts { 渝北区, 江北区, 渝中区, 南岸区 }\nregion 主城 { 渝北区, 江北区, 渝中区 }\nzone 中心 { 渝北区, 江北区 }\n");
        sb.Append("grades { A, 引领性, B, C, D, 非重点 }\n");
        sb.Append("level yellow \"黄色\" {\n  when aqi > 200 on any day\n    or aqi > 150 on 2 consecutive days\n}\n");
        sb.Append("level orange \"橙色\" {\n  when aqi > 200 on 2 consecutive days\n    or aqi > 150 on 3 consecutive days\n}\n");
        sb.Append("level red \"红色\" {\n  when aqi > 200 on 3 consecutive days with aqi > 300 on at least 1 day\n}\n");
        var tables = Math.Max(1, (lines - 30) / 10);
        sb.Append("industries {\n");
        for (var i = 0; i < tables; i++) sb.Append("  行业").Append(i).Append(i + 1 < tables ? ",\n" : "\n");
        sb.Append("}\n");
        for (var i = 0; i < tables; i++)
        {
            sb.Append("table 表").Append(i).Append(" for 行业").Append(i).Append(" {\n");
            sb.Append("            | yellow                | orange                            | red\n");
            sb.Append("  A, 引领性 | self                  | self                              | self\n");
            sb.Append("  B         | ban trucks below 国五 | limit 20% + ban trucks below 国五 | stop + ban trucks below 国五\n");
            sb.Append("  C         | limit 50% lines       | stop                              | stop\n");
            sb.Append("  D         | stop + no-road        | stop + no-road                    | stop + no-road\n");
            sb.Append("}\n");
            sb.Append("construction 工地").Append(i).Append(" at yellow, orange, red: stage 土石方 stop, exempt key projects\n");
            sb.Append("advisory 提示").Append(i).Append(" fireworks at yellow: \"禁止燃放烟花爆竹\"\n");
        }
        return sb.ToString();
    }
}
