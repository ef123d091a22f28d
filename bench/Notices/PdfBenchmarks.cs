using BenchmarkDotNet.Attributes;
using EmergencyDSS.Notices;

namespace EmergencyDSS.Bench.Notices;

/// <summary>
/// PDF throughput through headless Chromium: one notice per process (the only mode PdfPrinter has),
/// sequentially and with two processes in parallel (this machine has 2 cores).
/// </summary>
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 5, invocationCount: 1)]
public class PdfBenchmarks
{
    private const int Batch = 8;
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

    [Benchmark(Description = "8 PDFs, 2 Chromium processes at a time")]
    public void EightPdfsTwoAtATime() =>
        Parallel.ForEach(_html, new ParallelOptions { MaxDegreeOfParallelism = 2 }, h => PdfPrinter.Print(h, h + ".pdf"));
}
