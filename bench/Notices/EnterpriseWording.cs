namespace EmergencyDSS.Bench.Notices;

/// <summary>
/// The fixed wording of one enterprise notice template (rulesets/templates/enterprise-*.sbn) as the
/// hand-built baseline writes it: the four templates share one shape and differ only in these phrases.
/// </summary>
/// <param name="TemplatePath">The template this stands for, as the ruleset binds it.</param>
/// <param name="TitleAction">What the title says the enterprise does (关于…期间<c>实施停产</c>的通知).</param>
/// <param name="Instruction">The end of the opening paragraph, after 的决定，.</param>
/// <param name="Closing">The closing request, after 请.</param>
internal sealed record EnterpriseWording(string TemplatePath, string TitleAction, string Instruction, string Closing)
{
    public static readonly IReadOnlyList<EnterpriseWording> All =
    [
        new("templates/enterprise-stop.sbn", "实施停产", "请你单位严格执行以下应急减排措施：",
            "如实记录停产情况、保存相关台账备查。拒不执行的，将依法依规严肃处理。"),
        new("templates/enterprise-limit.sbn", "实施限产", "请你单位严格执行以下应急减排措施：",
            "按要求调整生产负荷，并保存生产记录和在线监测数据备查。"),
        new("templates/enterprise-self.sbn", "落实减排要求", "现将你单位应急期间的要求通知如下：",
            "加强污染治理设施运行管理，主动减少污染物排放。"),
        new("templates/enterprise-transport.sbn", "实施运输管控", "请你单位严格执行以下运输管控措施：",
            "做好门禁系统车辆进出记录，台账保存备查。"),
    ];
}
