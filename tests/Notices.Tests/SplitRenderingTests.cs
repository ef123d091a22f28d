using EmergencyDSS.Engine.Evaluation;
using EmergencyDSS.Engine.Output;
using EmergencyDSS.Notices.Lifecycle;
using EmergencyDSS.Notices.Tests.Support;

namespace EmergencyDSS.Notices.Tests;

/// <summary>
/// The scheduler's planning split (issue 11): the planning transaction numbers every notice and renders the warning documents;
/// each district's recipients' notices are rendered later, by a job that rebuilds them from the decisions as stored (JSON) and
/// the recipients the step was reconciled with. What that produces must be byte for byte what one render of the whole step
/// gives: same 文号, same citations of the district's warning notice, same text.
/// </summary>
public class SplitRenderingTests
{
    [Fact]
    public void FirstIssue_RenderedPerDistrict_EqualsOneRender()
    {
        var notices = AssertSplitEqualsWhole(null, Demo.Decisions, new HashSet<NoticeAddress>());
        // Not vacuous: recipients' notices cite their district's warning notice, which the split rendered in another run.
        var warning = notices.Single(n => n.Id == "warning:渝北区:渝北区:issue");
        Assert.Contains(notices, n => n.TargetKind == "enterprise" && n.District == "渝北区" && n.Text.Contains($"（{warning.DocumentNumber}）"));
    }

    [Fact]
    public void Upgrade_ReconciledWithWhatWasReceived_RenderedPerDistrict_EqualsOneRender()
    {
        // 渝北区 was yellow: this step upgrades it. One enterprise had received the yellow notice, the others not.
        var previous = Demo.With渝北区(120, 160, 170, 120);
        var received = new HashSet<NoticeAddress> { new("enterprise", "渝北区", "91500112MA5U7CEM01") };
        var notices = AssertSplitEqualsWhole(previous, Demo.Decisions, received);
        Assert.Contains(notices, n => n.Id == "enterprise:渝北区:91500112MA5U7CEM01:upgrade");
        Assert.Contains(notices, n => n.Id == "enterprise:渝北区:91500112MA5U7GLS02:issue");
    }

    private static List<Notice> AssertSplitEqualsWhole(DecisionSet? previous, DecisionSet current, IReadOnlySet<NoticeAddress> received)
    {
        var plans = WarningLifecycle.Reconcile(WarningLifecycle.Unreconciled(previous, current), received);
        var codes = plans.Select(p => p.Key).Distinct().Select((k, i) => (k, i)).ToDictionary(x => x.k, x => $"ACK{x.i:D7}");
        var whole = Render.Shared.Render(plans, current, new InMemoryNoticeNumbers(), codes).Notices;

        // The planning transaction: numbers for all, the warning documents rendered.
        var numbering = Render.Shared.Number(plans, current, new InMemoryNoticeNumbers());
        var citations = new Dictionary<WarningNoticeKey, WarningNoticeCitation>();
        var split = Render.Shared.RenderNumbered(numbering.Notices.Where(n => NoticeRenderer.IsWarningDocument(n.Plan)).ToList(), current, codes,
            numbering.RegionalNumbers, citations).Notices.ToList();
        // A render job per district: the plans rebuilt from the decisions as stored.
        var stored = DecisionsJson.Deserialize(DecisionsJson.Serialize(current))!;
        var storedPrevious = previous is null ? null : DecisionsJson.Deserialize(DecisionsJson.Serialize(previous));
        var rebuilt = WarningLifecycle.Reconcile(WarningLifecycle.Unreconciled(storedPrevious, stored), received).ToDictionary(p => p.Key);
        var districts = numbering.Notices.Where(n => !NoticeRenderer.IsWarningDocument(n.Plan)).GroupBy(n => n.Plan.District).ToList();
        Assert.True(districts.Count >= 2, "the demo step has recipients in more than one district");
        foreach (var district in districts)
            split.AddRange(Render.Shared.RenderNumbered(district.Select(n => n with { Plan = rebuilt[n.Plan.Key] }).ToList(), stored, codes,
                numbering.RegionalNumbers, citations.Where(c => c.Key.District == district.Key).ToDictionary()).Notices);

        Assert.Equal(whole.Select(n => n.Id).Order(), split.Select(n => n.Id).Order());
        var byId = split.ToDictionary(n => n.Id);
        foreach (var n in whole)
        {
            var s = byId[n.Id];
            Assert.Equal((n.DocumentNumber, n.Title, n.ContentSha256), (s.DocumentNumber, s.Title, s.ContentSha256));
            Assert.Equal(n.Text, s.Text);
            Assert.Equal(n.Sms, s.Sms);
            Assert.Equal(n.WhenApproved?.ContentSha256, s.WhenApproved?.ContentSha256);
        }
        return split;
    }
}
