using EmergencyDSS.Scheduler.Delivery;
using EmergencyDSS.Scheduler.Tests.Support;

namespace EmergencyDSS.Scheduler.Tests.Delivery;

public sealed class FileOutboxChannelTests
{
    private static readonly TimeProvider Clock = new ManualClock(DateTimeOffset.Parse("2024-12-03T09:00:00+08:00"));

    private static DeliveryRequest Request(long id) => new(id, $"enterprise:江津区:T{id}:issue|sha|outbox", "enterprise", $"T{id}", "某公司", "江津区", "issue",
        $"渝环应急〔2024〕{id}号", "标题", "<p>html</p>", "text", "sms", null, null);

    [Fact]
    public async Task Deliver_WritesDocuments_AndOneLogLine()
    {
        using var folder = new TempFolder();
        var channel = new FileOutboxChannel(folder.Path, Clock);

        var result = await channel.DeliverAsync(Request(7), CancellationToken.None);

        Assert.Equal(DeliveryOutcome.Delivered, result.Outcome);
        Assert.Equal("7\tT7\toutbox\t2024-12-03T09:00:00+08:00", Assert.Single(File.ReadAllLines(Path.Combine(folder.Path, "deliveries.log"))));
        Assert.Equal("<p>html</p>", File.ReadAllText(Path.Combine(folder.Path, "江津区", "T7-issue-7.html")));
        Assert.Equal("text", File.ReadAllText(Path.Combine(folder.Path, "江津区", "T7-issue-7.txt")));
    }

    [Fact]
    public async Task SameNoticeTwice_AcrossChannelInstances_IsDeliveredOnce()
    {
        using var folder = new TempFolder();
        var first = new FileOutboxChannel(folder.Path, Clock);
        var second = new FileOutboxChannel(folder.Path, Clock); // another process, or this one after a restart

        await first.DeliverAsync(Request(1), CancellationToken.None);
        var again = await second.DeliverAsync(Request(1), CancellationToken.None);
        var other = await second.DeliverAsync(Request(2), CancellationToken.None);
        var back = await first.DeliverAsync(Request(2), CancellationToken.None);

        Assert.Equal(DeliveryOutcome.AlreadyDelivered, again.Outcome);
        Assert.Equal(DeliveryOutcome.Delivered, other.Outcome);
        Assert.Equal(DeliveryOutcome.AlreadyDelivered, back.Outcome);
        Assert.Equal(["1", "2"], File.ReadAllLines(Path.Combine(folder.Path, "deliveries.log")).Select(l => l.Split('\t')[0]));
    }

    [Fact]
    public async Task Reminder_IsDeliveredOnce_BesidesTheNotice()
    {
        using var folder = new TempFolder();
        var channel = new FileOutboxChannel(folder.Path, Clock);

        await channel.DeliverAsync(Request(3), CancellationToken.None);
        var reminder = await channel.DeliverAsync(Request(3) with { Reminder = true }, CancellationToken.None);
        var again = await new FileOutboxChannel(folder.Path, Clock).DeliverAsync(Request(3) with { Reminder = true }, CancellationToken.None);

        Assert.Equal(DeliveryOutcome.Delivered, reminder.Outcome);
        Assert.Equal(DeliveryOutcome.AlreadyDelivered, again.Outcome);
        Assert.Equal(["outbox", "outbox-reminder"], File.ReadAllLines(Path.Combine(folder.Path, "deliveries.log")).Select(l => l.Split('\t')[2]));
        Assert.True(File.Exists(Path.Combine(folder.Path, "江津区", "T3-issue-3-reminder.html")));
    }

    [Fact]
    public async Task ConcurrentInstances_DeliverEachNoticeOnce()
    {
        using var folder = new TempFolder();
        var channels = Enumerable.Range(0, 4).Select(_ => new FileOutboxChannel(folder.Path, Clock)).ToList();

        await Task.WhenAll(channels.Select(c => Task.Run(async () =>
        {
            for (var id = 1; id <= 100; id++) await c.DeliverAsync(Request(id), CancellationToken.None);
        })));

        var ids = File.ReadAllLines(Path.Combine(folder.Path, "deliveries.log")).Select(l => long.Parse(l.Split('\t')[0])).ToList();
        Assert.Equal(Enumerable.Range(1, 100).Select(i => (long)i), ids.Order());
    }

    [Fact]
    public async Task TornLastLine_FromACrash_IsNotADelivery()
    {
        using var folder = new TempFolder();
        await File.WriteAllTextAsync(Path.Combine(folder.Path, "deliveries.log"), "1\tT1\toutbox\t2024-12-03T09:00:00+08:00\n5\tT5\tout");
        var channel = new FileOutboxChannel(folder.Path, Clock);

        Assert.Equal(DeliveryOutcome.AlreadyDelivered, (await channel.DeliverAsync(Request(1), CancellationToken.None)).Outcome);
        Assert.Equal(DeliveryOutcome.Delivered, (await channel.DeliverAsync(Request(5), CancellationToken.None)).Outcome);
        var lines = File.ReadAllLines(Path.Combine(folder.Path, "deliveries.log"));
        Assert.Equal("5\tT5\toutbox\t2024-12-03T09:00:00+08:00", lines[^1]);
        Assert.Equal(2, lines.Count(l => l.Split('\t').Length == 4));
    }
}
