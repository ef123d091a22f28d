using System.Diagnostics;
using EmergencyDSS.Scheduler.Jobs;
using EmergencyDSS.Scheduler.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace EmergencyDSS.Scheduler.Tests.Jobs;

/// <summary>
/// Hostile inbox contents: a FIFO, a symbolic link to /dev/zero, a half-written file, a 250-byte name, an oversized file.
/// The job never waits on a read, takes only complete regular files, and one bad file never stops the others.
/// </summary>
[Collection("postgres")]
public sealed class InboxTests(PostgresServer postgres)
{
    private static readonly DateTimeOffset Now = DateTimeOffset.Parse("2024-12-03T09:00:00+08:00");

    [Fact]
    public async Task HostileFiles_AreRefusedOrLeft_WithoutBlocking_AndGoodFilesStillGoThrough()
    {
        using var folder = new TempFolder();
        await using var service = await ServiceUnderTest.StartAsync(await postgres.CreateDatabaseAsync(), folder.Path, new ManualClock(Now));
        var inbox = Directory.CreateDirectory(Path.Combine(folder.Path, "inbox")).FullName;
        string In(string name) => Path.Combine(inbox, name);
        var settled = DateTime.UtcNow.AddMinutes(-1);

        Run("mkfifo", In("a-fifo.csv"));
        File.CreateSymbolicLink(In("b-zero.csv"), "/dev/zero");
        File.CreateSymbolicLink(In("c-link.csv"), Repo.Sample("forecast-orange.csv"));
        var full = await File.ReadAllLinesAsync(Repo.Sample("forecast-orange.csv"));
        await File.WriteAllLinesAsync(In("d-half.csv"), full.Take(full.Length / 2)); // still being written: modified just now
        var longName = new string('长', 80) + "1234567.csv"; // 80 × 3 bytes + 11 = 251 bytes, the most a file system takes with room for nothing more
        await File.WriteAllTextAsync(In(longName), "issued_at,district\n");
        File.SetLastWriteTimeUtc(In(longName), settled);
        await using (var big = File.Create(In("e-big.csv"))) big.SetLength(InboxJob.MaxBytes + 1);
        File.SetLastWriteTimeUtc(In("e-big.csv"), settled);
        File.Copy(Repo.Sample("forecast-yellow.csv"), In("z-good.csv"));
        File.SetLastWriteTimeUtc(In("z-good.csv"), settled);

        var job = service.Services.GetRequiredService<InboxJob>();
        var run = job.RunAsync(inbox);
        Assert.True(await Task.WhenAny(run, Task.Delay(TimeSpan.FromSeconds(30))) == run, "the inbox job blocked");
        await run;

        Assert.True(File.Exists(Path.Combine(inbox, "done", "z-good.csv")));
        Assert.Equal(1, await service.CountAsync("select count(*) from forecasts"));
        foreach (var (name, why) in new[] { ("a-fifo.csv", "not a regular file"), ("b-zero.csv", "symbolic link"), ("c-link.csv", "symbolic link"), ("e-big.csv", "larger than") })
        {
            Assert.False(File.Exists(In(name)) || new FileInfo(In(name)).LinkTarget is not null, $"{name} left in the inbox");
            Assert.Contains(why, await File.ReadAllTextAsync(Path.Combine(inbox, "rejected", name + ".errors")));
        }
        // The 251-byte name has no room for ".errors": its errors go beside it under a shortened name.
        Assert.True(File.Exists(Path.Combine(inbox, "rejected", longName)));
        var errors = Assert.Single(Directory.EnumerateFiles(Path.Combine(inbox, "rejected"), "长*.errors"));
        Assert.Contains(":1:1: ", await File.ReadAllTextAsync(errors));
        // The half-written file waits; once complete and settled it is taken.
        Assert.True(File.Exists(In("d-half.csv")));
        await File.WriteAllLinesAsync(In("d-half.csv"), full);
        File.SetLastWriteTimeUtc(In("d-half.csv"), settled);
        await job.RunAsync(inbox);
        Assert.True(File.Exists(Path.Combine(inbox, "done", "d-half.csv")));
        Assert.Equal(2, await service.CountAsync("select count(*) from forecasts"));
    }

    private static void Run(string file, params string[] args)
    {
        using var process = Process.Start(file, args);
        process.WaitForExit();
        Assert.Equal(0, process.ExitCode);
    }
}
