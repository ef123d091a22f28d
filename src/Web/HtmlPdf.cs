using EmergencyDSS.Notices;

namespace EmergencyDSS.Web;

/// <summary>
/// HTML → PDF for downloads (notices, post-mortems) with the notices' own printer: a headless Chromium over the
/// DevTools protocol, one at a time (the machine's cores are the bureau's), from a private temporary folder.
/// </summary>
internal sealed class HtmlPdf
{
    private readonly SemaphoreSlim _one = new(1, 1);

    public async Task<byte[]> PrintAsync(string html, CancellationToken cancel = default)
    {
        var folder = Directory.CreateTempSubdirectory("dss-pdf-");
        await _one.WaitAsync(cancel);
        try
        {
            var path = Path.Combine(folder.FullName, "document.html");
            await File.WriteAllTextAsync(path, html, cancel);
            await using var session = await ChromiumPdfSession.StartAsync(cancel);
            return await session.PrintAsync(path, cancel);
        }
        finally
        {
            _one.Release();
            folder.Delete(recursive: true);
        }
    }
}
