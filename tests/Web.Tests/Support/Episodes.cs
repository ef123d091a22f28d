using System.Globalization;
using EmergencyDSS.Scheduler.Tests.Support;

namespace EmergencyDSS.Web.Tests.Support;

/// <summary>Forecast uploads and approvals through the API (as the duty desk and an approver would), waiting until each is planned.</summary>
internal static class Episodes
{
    /// <summary>A sample forecast with every issue time and date moved by <paramref name="days"/> (so it is a new forecast of a later episode).</summary>
    public static byte[] Shifted(string sample, int days)
    {
        var lines = File.ReadAllLines(Repo.Sample(sample));
        var shifted = lines.Skip(1).Select(l =>
        {
            var c = l.Split(',');
            c[0] = DateTimeOffset.Parse(c[0], CultureInfo.InvariantCulture).AddDays(days).ToString("yyyy-MM-ddTHH:mm:sszzz", CultureInfo.InvariantCulture);
            c[2] = DateOnly.ParseExact(c[2], "yyyy-MM-dd", CultureInfo.InvariantCulture).AddDays(days).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            return string.Join(',', c);
        });
        return System.Text.Encoding.UTF8.GetBytes(string.Join("\n", lines.Take(1).Concat(shifted)) + "\n");
    }

    /// <summary>Uploads as duty2 (API token) and waits until the evaluation is planned; its id.</summary>
    public static async Task<long> UploadAsync(ConsoleHost host, byte[] forecast)
    {
        using var uploader = host.Uploader();
        uploader.Timeout = TimeSpan.FromSeconds(120);
        var upload = await uploader.PostAsync("/api/forecasts", new ByteArrayContent(forecast));
        var body = await upload.Content.ReadAsStringAsync();
        Assert.True(upload.IsSuccessStatusCode, $"forecast upload answered {(int)upload.StatusCode}: {body}");
        var evaluation = System.Text.Json.JsonDocument.Parse(body).RootElement.GetProperty("evaluation_id").GetInt64();
        await Eventually.WaitForAsync(async () => (Planned: await Database.CountAsync(host.Postgres, $"select count(*) from evaluations where id = {evaluation} and status = 'Planned'"),
                Failures: string.Join(" | ", await Database.StringsAsync(host.Postgres, "select coalesce(s.data::json ->> 'ExceptionMessage', s.reason) from hangfire.state s where s.name = 'Failed'"))),
            n => n.Planned == 1, TimeSpan.FromSeconds(240), $"evaluation {evaluation} to be planned");
        return evaluation;
    }

    /// <summary>The approver approves the district's proposed warning; waits until the enterprise's notices of that episode are delivered.</summary>
    public static async Task ApproveAndDeliverAsync(ConsoleHost host, string district, string creditCode)
    {
        var warning = await Database.CountAsync(host.Postgres, $"select max(id) from warnings where district = '{district}' and status = 'Proposed'");
        using var approver = host.Bearer("approver1");
        var approved = await approver.PostAsync($"/api/warnings/{warning}/approve", null);
        Assert.True(approved.IsSuccessStatusCode, $"approval answered {(int)approved.StatusCode}: {await approved.Content.ReadAsStringAsync()}");
        await Eventually.WaitForAsync(async () => await Database.CountAsync(host.Postgres,
                $"select count(*) from notices where warning_id = {warning} and target = '{creditCode}' and status not in ('Delivered', 'Acknowledged')"),
            n => n == 0, TimeSpan.FromSeconds(240), $"the notices of warning {warning} for {creditCode} to be delivered");
    }
}
