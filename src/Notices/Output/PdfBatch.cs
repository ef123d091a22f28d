namespace EmergencyDSS.Notices;

/// <summary>Prints many HTML files to PDF (x.html → x.pdf) with a few long-lived Chromium DevTools sessions.</summary>
public static class PdfBatch
{
    public static async Task PrintAllAsync(IReadOnlyList<string> htmlPaths, int workers, CancellationToken cancel = default)
    {
        var next = -1;
        var count = Math.Clamp(workers, 1, Math.Max(1, htmlPaths.Count));
        await Task.WhenAll(Enumerable.Range(0, count).Select(async _ =>
        {
            await using var session = await ChromiumPdfSession.StartAsync(cancel);
            int i;
            while ((i = Interlocked.Increment(ref next)) < htmlPaths.Count)
                await File.WriteAllBytesAsync(Path.ChangeExtension(htmlPaths[i], ".pdf"), await session.PrintAsync(htmlPaths[i], cancel), cancel);
        }));
    }
}
