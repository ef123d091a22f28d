using System.Globalization;
using System.Text;
using EmergencyDSS.Scheduler.Tests.Support;

namespace EmergencyDSS.Scheduler.Tests.Api;

/// <summary>
/// Mutated API bodies and query strings against a running service: forecasts, rulesets (with hostile names) and
/// acknowledgment codes. Every request answers within the client's 10 s and never with a 5xx; the service stays live.
/// Case count: DSS_FUZZ_CASES / 10 (rulesets are checked in full, templates included), at least 30.
/// </summary>
[Collection("postgres")]
public sealed class ApiFuzzTests(PostgresServer postgres)
{
    private static readonly string[] Hostile = ["\"", ",", "\n", "\0", "\uFEFF", "(", "not ", "{", "}", "-1", "1e309", "2024-02-30", new string('9', 300), "渝北区", "#"];

    [Fact]
    public async Task MutatedRequests_NeverAnswer5xx_OrHang()
    {
        var cases = Math.Max(30, (int.TryParse(Environment.GetEnvironmentVariable("DSS_FUZZ_CASES"), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 300) / 10);
        using var folder = new TempFolder();
        await using var service = await ServiceUnderTest.StartAsync(await postgres.CreateDatabaseAsync(), folder.Path,
            new ManualClock(DateTimeOffset.Parse("2024-12-03T09:00:00+08:00")), Repo.EnterpriseSubset(folder.Path, 500), workers: 2,
            configure: o => o with { RecurringJobs = false });
        service.Http.Timeout = TimeSpan.FromSeconds(10);
        var forecast = await File.ReadAllTextAsync(Repo.Sample("forecast-orange.csv"));
        var ruleset = await File.ReadAllTextAsync(Repo.Ruleset);
        var random = new Random(20261202);
        for (var i = 0; i < cases; i++)
        {
            HttpResponseMessage response;
            var what = (i % 4) switch
            {
                0 => "forecast",
                1 => "ruleset",
                2 => "ack",
                _ => "name",
            };
            response = what switch
            {
                "forecast" => await service.Http.PostAsync("/api/forecasts", new ByteArrayContent(Encoding.UTF8.GetBytes(Mutate(forecast, random)))),
                "ruleset" => await service.Http.PostAsync("/api/rulesets?name=fuzz.dss", new StringContent(Mutate(ruleset, random))),
                "ack" => await new HttpClient { BaseAddress = service.BaseAddress, Timeout = TimeSpan.FromSeconds(10) }
                    .PostAsync($"/api/notices/{random.NextInt64(-5, 100_000)}/ack?code={Uri.EscapeDataString(Mutate("ABCDEFGHIJ", random))}", null),
                _ => await service.Http.PostAsync($"/api/rulesets?name={Uri.EscapeDataString(Mutate("plan.dss", random))}", new StringContent("x")),
            };
            Assert.True((int)response.StatusCode < 500, $"case {i} ({what}): {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        }
        Assert.Equal(System.Net.HttpStatusCode.OK, (await service.Http.GetAsync("/health/ready")).StatusCode);
    }

    private static string Mutate(string text, Random random)
    {
        var b = new StringBuilder(text);
        for (var e = 1 + random.Next(4); e > 0 && b.Length > 0; e--)
        {
            var at = random.Next(b.Length);
            switch (random.Next(4))
            {
                case 0: b.Remove(at, Math.Min(random.Next(1, 40), b.Length - at)); break;
                case 1: b.Insert(at, Hostile[random.Next(Hostile.Length)]); break;
                case 2: b.Insert(at, b.ToString(at, Math.Min(random.Next(1, 200), b.Length - at))); break;
                default: b[at] = (char)random.Next(32, 0x9FFF); break;
            }
        }
        return b.ToString();
    }
}
