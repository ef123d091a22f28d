using System.Diagnostics;

namespace EmergencyDSS.Notices;

/// <summary>
/// Prints HTML files to PDF with headless Chromium (embeds the CJK fonts it lays out with).
/// One Chromium process per file; callers parallelise.
/// </summary>
public static class PdfPrinter
{
    public const string DefaultChromium = "/usr/bin/chromium";

    public static string ChromiumPath =>
        Environment.GetEnvironmentVariable("DSS_CHROMIUM") is { Length: > 0 } path ? path : DefaultChromium;

    /// <exception cref="InvalidOperationException">Chromium is missing or failed, with its stderr.</exception>
    /// <remarks>Through the DevTools protocol, as batches are: the footer carries the page numbers (— 1 —).</remarks>
    public static void Print(string htmlPath, string pdfPath)
    {
        var session = ChromiumPdfSession.StartAsync().GetAwaiter().GetResult();
        try
        {
            File.WriteAllBytes(pdfPath, session.PrintAsync(htmlPath).GetAwaiter().GetResult());
        }
        finally
        {
            session.DisposeAsync().AsTask().GetAwaiter().GetResult();
        }
    }

    public static void Screenshot(string htmlPath, string pngPath, int width = 900, int height = 1300) =>
        Run(htmlPath, $"--screenshot={pngPath}", $"--window-size={width},{height}");

    /// <summary>The Chromium command line (flags that work headless in containers) and its throw-away profile.</summary>
    internal static (ProcessStartInfo Start, DirectoryInfo Profile) Command(params string[] arguments)
    {
        if (!File.Exists(ChromiumPath))
            throw new InvalidOperationException($"Chromium not found at {ChromiumPath}: install chromium and fonts-noto-cjk (scripts/lib/prerequisites.sh) or set DSS_CHROMIUM");
        var profile = Directory.CreateTempSubdirectory("dss-chromium-");
        var start = new ProcessStartInfo(ChromiumPath) { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var a in new[] { "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                     "--disable-background-networking", "--disable-component-update", "--disable-sync",
                     $"--user-data-dir={profile.FullName}" })
            start.ArgumentList.Add(a);
        foreach (var a in arguments) start.ArgumentList.Add(a);
        return (start, profile);
    }

    private static void Run(string htmlPath, params string[] output)
    {
        var (start, profile) = Command([.. output, new Uri(Path.GetFullPath(htmlPath)).AbsoluteUri]);
        try
        {
            using var process = Process.Start(start) ?? throw new InvalidOperationException($"cannot start {ChromiumPath}");
            var stderr = process.StandardError.ReadToEndAsync();
            process.StandardOutput.ReadToEnd();
            if (!process.WaitForExit(TimeSpan.FromSeconds(60)))
            {
                process.Kill(entireProcessTree: true);
                throw new InvalidOperationException($"Chromium did not finish {htmlPath} within 60 s");
            }
            if (process.ExitCode != 0) throw new InvalidOperationException($"Chromium failed on {htmlPath} (exit {process.ExitCode}): {stderr.Result}");
        }
        finally
        {
            profile.Delete(recursive: true);
        }
    }
}
