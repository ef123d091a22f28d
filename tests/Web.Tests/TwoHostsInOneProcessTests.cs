using System.Net;
using EmergencyDSS.Scheduler.Tests.Support;
using EmergencyDSS.Web.Tests.Support;

namespace EmergencyDSS.Web.Tests;

/// <summary>
/// Two console hosts in one process, the second stopped while the first goes on (what test classes running side by side do):
/// the first still takes a forecast, plans it and takes an approval, without a 500.
/// </summary>
[Collection("one console host at a time")]
public sealed class TwoHostsInOneProcessTests
{
    [Fact]
    public async Task AHostStoppedBeside_AnotherOne_LeavesItWorking()
    {
        var first = new ConsoleHost();
        await first.InitializeAsync();
        try
        {
            var second = new ConsoleHost();
            await second.InitializeAsync();
            await second.DisposeAsync();

            using var uploader = first.Uploader();
            var upload = await uploader.PostAsync("/api/forecasts", new ByteArrayContent(await File.ReadAllBytesAsync(Repo.Sample("forecast-orange.csv"))));
            Assert.Equal(HttpStatusCode.Accepted, upload.StatusCode);
            await Eventually.WaitForAsync(() => Database.CountAsync(first.Postgres, "select count(*) from evaluations where status = 'Planned'"),
                n => n == 1, TimeSpan.FromSeconds(180), "the forecast to be planned by the first host");
            var warning = await Database.CountAsync(first.Postgres, "select id from warnings where district = '江津区'");
            using var approver = first.Bearer("approver1");
            var approved = await approver.PostAsync($"/api/warnings/{warning}/approve?comment=ok", null);
            Assert.Equal(HttpStatusCode.OK, approved.StatusCode);
            using var duty = new FormClient(first.BaseAddress);
            await duty.SignInAsync(first.Accounts["duty1"]);
            var form = await duty.PostFormAsync("/forecasts/upload", "/account/signout");
            Assert.True((int)form.StatusCode < 500, $"a form post answered {(int)form.StatusCode}");
        }
        finally
        {
            await first.DisposeAsync();
        }
    }
}
