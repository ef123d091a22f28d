namespace EmergencyDSS.Scheduler.Tests.Support;

/// <summary>The file outbox as a test reads it after delivery.</summary>
internal static class OutboxLog
{
    /// <summary>deliveries.log lists each of <paramref name="expected"/> notices exactly once (outbox lines, reminders aside), and its document is in the outbox.</summary>
    public static void AssertEachDeliveredOnce(string outbox, long expected)
    {
        var log = Path.Combine(outbox, "deliveries.log");
        var lines = File.Exists(log) ? File.ReadAllLines(log).Where(l => l.Length > 0) : [];
        var ids = lines.Select(l => l.Split('\t')).Where(cells => cells.Length != 4 || cells[2] == "outbox").ToList();
        Assert.All(ids, cells => Assert.Equal(4, cells.Length));
        var duplicates = ids.GroupBy(c => c[0]).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        Assert.True(duplicates.Count == 0, $"delivered more than once: {string.Join(", ", duplicates.Take(10))}");
        Assert.Equal(expected, ids.Count);
        var files = Directory.EnumerateFiles(outbox, "*.html", SearchOption.AllDirectories).Select(Path.GetFileNameWithoutExtension).ToHashSet();
        Assert.All(ids, cells => Assert.Contains(files, f => f!.EndsWith("-" + cells[0], StringComparison.Ordinal)));
    }
}
