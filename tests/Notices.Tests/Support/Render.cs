namespace EmergencyDSS.Notices.Tests.Support;

/// <summary>Demo notices rendered with one event for every target.</summary>
internal static class Render
{
    public static readonly string[] Events = ["issue", "upgrade", "downgrade", "extend", "lift"];
    private static readonly Lazy<NoticeRenderer> Renderer = new(() => new NoticeRenderer(Demo.Model, Demo.RulesetDirectory));

    public static NoticeRenderer Shared => Renderer.Value;

    public static NoticeBatch DemoWith(string ev)
    {
        var events = NoticePlanner.Plan(Demo.Decisions)
            .ToDictionary(p => PlannedNotice.EventKey(p.TargetKind, p.District, p.Target), _ => ev);
        return Shared.RenderAll(Demo.Decisions, events);
    }
}
