using BenchmarkDotNet.Attributes;
using EmergencyDSS.Notices;

namespace EmergencyDSS.Bench.Notices;

/// <summary>
/// PDF throughput through headless Chromium: one process per notice (PdfPrinter), against long-lived
/// DevTools sessions (PdfBatch, what NoticeWriter uses) printing 64 notices with 1 and 2 browsers.
/// </summary>
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 5, invocationCount: 1)]
public class PdfBenchmarks
{
    private const int Batch = 64;
    private DirectoryInfo _dir = null!;
    private string[] _html = [];

    [GlobalSetup]
    public void Setup()
    {
        var (model, rulesets, decisions) = CitySample.Build();
        var notices = new NoticeRenderer(model, rulesets).RenderAll(decisions).Notices
            .Where(n => n.TargetKind == "enterprise").Take(Batch).ToList();
        _dir = Directory.CreateTempSubdirectory("dss-pdf-bench-");
        _html = notices.Select((n, i) =>
        {
            var path = Path.Combine(_dir.FullName, $"{i}.html");
            File.WriteAllText(path, n.Html);
            return path;
        }).ToArray();
    }

    [GlobalCleanup]
    public void Cleanup() => _dir.Delete(recursive: true);

    [Benchmark(Description = "1 PDF")]
    public void OnePdf() => PdfPrinter.Print(_html[0], _html[0] + ".pdf");

    [Benchmark(Description = "8 PDFs, one Chromium process each, 2 at a time")]
    public void EightPdfsTwoAtATime() =>
        Parallel.ForEach(_html.Take(8), new ParallelOptions { MaxDegreeOfParallelism = 2 }, h => PdfPrinter.Print(h, h + ".pdf"));

    [Benchmark(Description = "64 PDFs, 1 DevTools session")]
    public void SixtyFourPdfsOneSession() => PdfBatch.PrintAllAsync(_html, workers: 1).GetAwaiter().GetResult();

    [Benchmark(Description = "64 PDFs, 2 DevTools sessions")]
    public void SixtyFourPdfsTwoSessions() => PdfBatch.PrintAllAsync(_html, workers: 2).GetAwaiter().GetResult();
}
