using System.Diagnostics;
using EmergencyDSS.Scheduler.Delivery;
using EmergencyDSS.Scheduler.Tests.Support;

namespace EmergencyDSS.Scheduler.Tests.Delivery;

/// <summary>
/// The outbox on a real, tiny file system (a 256 KB tmpfs, mounted by the test: the suite runs as root, as
/// scripts/test.sh does): once the disk is full deliveries fail, and no empty or cut-off document is left behind;
/// every document present is whole and listed in deliveries.log. After space is freed the same notices go out.
/// </summary>
public sealed class FullDiskTests
{
    private static readonly TimeProvider Clock = new ManualClock(DateTimeOffset.Parse("2024-12-03T09:00:00+08:00"));
    private static readonly string Html = "<p>" + new string('污', 3000) + "</p>";
    private static readonly string Text = new string('染', 2000);

    private static DeliveryRequest Request(long id) => new(id, $"enterprise:江津区:T{id}:issue|sha|outbox", "enterprise", $"T{id}", "某公司", "江津区", "issue",
        $"渝环应急〔2024〕{id}号", "标题", Html, Text, "sms", null, null);

    [Fact]
    public async Task DiskFull_LeavesNoEmptyOrPartialDocuments_AndDeliversOnceSpaceIsBack()
    {
        using var folder = new TempFolder();
        var mount = Directory.CreateDirectory(Path.Combine(folder.Path, "small")).FullName;
        Run("mount", "-t", "tmpfs", "-o", "size=256k", "tmpfs", mount);
        try
        {
            var ballast = Path.Combine(mount, "ballast");
            await File.WriteAllBytesAsync(ballast, new byte[64 * 1024]);
            using var channel = new FileOutboxChannel(Path.Combine(mount, "outbox"), Clock);
            var results = new List<DeliveryResult>();
            for (var id = 1; id <= 40; id++) results.Add(await channel.DeliverAsync(Request(id), CancellationToken.None));
            Assert.Contains(results, r => r.Outcome == DeliveryOutcome.Delivered);
            Assert.Contains(results, r => r.Outcome == DeliveryOutcome.Failed);
            AssertEveryDocumentWholeAndListed(Path.Combine(mount, "outbox"));

            File.Delete(ballast);
            foreach (var failed in results.Select((r, i) => (r, Id: i + 1)).Where(x => x.r.Outcome == DeliveryOutcome.Failed).Take(3))
                Assert.Equal(DeliveryOutcome.Delivered, (await channel.DeliverAsync(Request(failed.Id), CancellationToken.None)).Outcome);
            AssertEveryDocumentWholeAndListed(Path.Combine(mount, "outbox"));
        }
        finally { Run("umount", "-l", mount); }
    }

    private static void AssertEveryDocumentWholeAndListed(string outbox)
    {
        var listed = File.ReadAllLines(Path.Combine(outbox, FileOutboxChannel.LogName)).Where(l => l.Count(c => c == '\t') == 3)
            .Select(l => l.Split('\t')[0]).ToHashSet();
        var documents = Directory.EnumerateFiles(Path.Combine(outbox, "江津区")).ToList();
        Assert.NotEmpty(documents);
        foreach (var file in documents)
        {
            var id = Path.GetFileNameWithoutExtension(file).Split('-')[^1];
            Assert.Contains(id, listed);
            Assert.Equal(file.EndsWith(".html", StringComparison.Ordinal) ? Html : Text, File.ReadAllText(file));
        }
        Assert.Equal(listed.Count * 2, documents.Count);
    }

    private static void Run(string file, params string[] args)
    {
        using var process = Process.Start(file, args);
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"{file} {string.Join(' ', args)} failed ({process.ExitCode}); the suite runs as root (scripts/test.sh)");
    }
}
