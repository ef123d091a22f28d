using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using EmergencyDSS.Scheduler.Tests.Support;

namespace EmergencyDSS.Scheduler.Tests.Api;

/// <summary>
/// Acknowledgment codes are random per notice, stored only as a SHA-256, printed only on the notice itself;
/// wrong codes are counted per notice and per client and answered 429 past the limit.
/// </summary>
[Collection("postgres")]
public sealed partial class AcknowledgmentCodeTests(PostgresServer postgres)
{
    [GeneratedRegex("回执确认码：?([A-Z2-7]{10})")]
    private static partial Regex PrintedCode();

    [Fact]
    public async Task Codes_AreRandom_Unique_StoredHashed_AndWrongGuessesAreThrottled()
    {
        using var folder = new TempFolder();
        var clock = new ManualClock(DateTimeOffset.Parse("2024-12-03T09:00:00+08:00"));
        await using var service = await ServiceUnderTest.StartAsync(await postgres.CreateDatabaseAsync(), folder.Path, clock, Repo.EnterpriseSubset(folder.Path, 100));
        await service.UploadAndPlanAsync("forecast-orange.csv");
        var warning = (await service.GetListAsync("/api/warnings")).Single(w => w.GetProperty("district").GetString() == "江津区").GetProperty("id").GetInt64();
        await service.ApproveAsync(warning);
        var total = await service.CountAsync($"select count(*) from notices where warning_id = {warning}");
        await Eventually.WaitForAsync(() => service.CountAsync("select count(*) from notices where status = 'Delivered'"), n => n == total,
            TimeSpan.FromSeconds(90), "notices delivered");

        // The code a recipient holds is the one printed on the notice; the database keeps only its hash.
        var rows = await Database.RowsAsync(service.Postgres, "select id, body_text, acknowledgment_code_sha256 from notices where status = 'Delivered' order by id");
        Assert.True(rows.Count >= 21, $"{rows.Count} delivered notices");
        // Notices to recipients print their code; a public 通告 asks no one to acknowledge and prints none.
        var codes = rows.Where(r => PrintedCode().IsMatch(r[1])).Select(r => (Id: long.Parse(r[0]), Code: PrintedCode().Match(r[1]).Groups[1].Value, Hash: r[2])).ToList();
        Assert.True(codes.Count >= 21, $"{codes.Count} notices print an acknowledgment code");
        Assert.All(codes, c => Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(c.Code))), c.Hash));
        Assert.Equal(codes.Count, codes.Select(c => c.Code).Distinct().Count());
        Assert.Equal(0, await service.CountAsync($"select count(*) from notices where acknowledgment_code_sha256 in ({string.Join(",", codes.Select(c => $"'{c.Code}'"))})"));

        using var recipient = new HttpClient { BaseAddress = service.BaseAddress };
        async Task<HttpStatusCode> Ack(long id, string code) => (await recipient.PostAsync($"/api/notices/{id}/ack?code={Uri.EscapeDataString(code)}", null)).StatusCode;
        Assert.Equal(HttpStatusCode.OK, await Ack(codes[0].Id, codes[0].Code));

        // Five wrong codes for one notice, then even its right code waits.
        for (var i = 0; i < 5; i++) Assert.Equal(HttpStatusCode.Forbidden, await Ack(codes[1].Id, $"WRONG{i}AAAA"));
        Assert.Equal(HttpStatusCode.TooManyRequests, await Ack(codes[1].Id, codes[1].Code));
        Assert.Equal(HttpStatusCode.OK, await Ack(codes[2].Id, codes[2].Code));
        // Twenty wrong codes from one client (spread over notices) stop that client everywhere.
        for (var i = 0; i < 15; i++) Assert.Equal(HttpStatusCode.Forbidden, await Ack(codes[3 + i].Id, "AAAAAAAAAA"));
        Assert.Equal(HttpStatusCode.TooManyRequests, await Ack(codes[20].Id, codes[20].Code));
        Assert.Equal(5 + 15, await service.CountAsync("select count(*) from acknowledgment_failures"));
        Assert.Equal(0, await service.CountAsync("select count(*) from audit_log where detail like '%WRONG%' or detail like '%AAAAAAAAAA%'"));
        Assert.Equal(20, await service.CountAsync("select count(*) from audit_log where action = 'AcknowledgmentRefused'"));

        clock.Advance(TimeSpan.FromMinutes(16));
        Assert.Equal(HttpStatusCode.OK, await Ack(codes[1].Id, codes[1].Code));
        Assert.Equal(HttpStatusCode.OK, await Ack(codes[20].Id, codes[20].Code));
    }
}
