using EmergencyDSS.Notices.Tests.Support;

namespace EmergencyDSS.Notices.Tests;

/// <summary>
/// Change notices as the scheduler plans them (a previous warning and the 文号 already issued):
/// old and new level, the new end time and the 文号 amended; a lift gives its exact time; a warning
/// awaiting approval is marked 「（待审批）」 and never says it was approved.
/// </summary>
public class ChangeNoticeGoldenTests
{
    private static (Notice Issued, Notice Changed) IssueThen(string ev, Func<Engine.Evaluation.WarningDecision, Engine.Evaluation.WarningDecision> before)
    {
        var numbers = new InMemoryNoticeNumbers();
        var issued = Render.Shared.RenderAll(Demo.Decisions, numbers: numbers).Notices.Single(n => n.Id == "warning:渝北区:渝北区:issue");
        var plan = NoticePlanner.Plan(Demo.Decisions).Single(p => p.Id() == "warning:渝北区:渝北区");
        var changed = plan with { Event = ev, Previous = before(plan.Warning!) };
        return (issued, Render.Shared.Render([changed], Demo.Decisions, numbers).Notices.Single());
    }

    [Fact]
    public void Upgrade_StatesOldAndNewLevel_NewEnd_AndTheNumberItAmends()
    {
        var (issued, n) = IssueThen("upgrade", w => w with { Level = "yellow", End = w.End.AddDays(-1) });
        Assert.Contains("由黄色预警升级为橙色预警，预警结束时间调整为2024年12月5日0时", n.Text);
        Assert.Contains($"{issued.DocumentNumber}所定预警时段和措施相应调整", n.Text);
        Golden.Match("change.warning-upgrade.txt", $"{n.Text}\n--- sms ---\n{n.Sms}\n");
    }

    [Fact]
    public void Lift_GivesTheExactTime()
    {
        var (issued, n) = IssueThen("lift", w => w);
        Assert.Contains("决定自2024年12月1日16时起解除渝北区重污染天气橙色预警", n.Text);
        Assert.Contains(issued.DocumentNumber, n.Text);
        Assert.Contains("2024年12月1日16时起解除", n.Sms);
        Golden.Match("change.warning-lift.txt", $"{n.Text}\n--- sms ---\n{n.Sms}\n");
    }

    [Fact]
    public void AwaitingApproval_IsMarked_AndNeverSaysApproved()
    {
        var (_, pending) = IssueThen("extend", w => w with { End = w.End.AddDays(-1) });
        Assert.Contains("（待审批）", pending.Text);
        Assert.Contains("（待审批）", pending.Html);
        Assert.DoesNotContain("批准发布", pending.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("已经", pending.Text, StringComparison.Ordinal);
        var plan = NoticePlanner.Plan(Demo.Decisions).Single(p => p.Id() == "warning:渝北区:渝北区") with { Approved = true };
        var approved = Render.Shared.Render([plan], Demo.Decisions).Notices.Single();
        Assert.DoesNotContain("待审批", approved.Text, StringComparison.Ordinal);
        Assert.Contains("本预警已经重庆市人民政府批准。", approved.Text);
    }
}

internal static class PlanKeys
{
    public static string Id(this PlannedNotice p) => PlannedNotice.EventKey(p.TargetKind, p.District, p.Target);
}
