using System.Net.Http.Json;
using System.Text.Json;
using EmergencyDSS.Engine.Input;
using EmergencyDSS.Engine.Output;
using EmergencyDSS.Scheduler.Jobs;
using EmergencyDSS.Scheduler.Store;
using EmergencyDSS.Scheduler.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace EmergencyDSS.Scheduler.Tests.Store;

/// <summary>The decision log: an evaluation keeps the ids of its ruleset version, forecast and lists, so it replays byte for byte.</summary>
[Collection("postgres")]
public sealed class DecisionLogTests(PostgresServer postgres)
{
    [Fact]
    public async Task StoredEvaluation_ReplaysToTheSameDecisions()
    {
        using var folder = new TempFolder();
        await using var service = await ServiceUnderTest.StartAsync(await postgres.CreateDatabaseAsync(), folder.Path,
            new ManualClock(DateTimeOffset.Parse("2024-12-03T09:00:00+08:00")), Repo.EnterpriseSubset(folder.Path, 300));
        var id = await service.UploadAndPlanAsync("forecast-orange.csv");

        await using var conn = new NpgsqlConnection(service.Postgres);
        await conn.OpenAsync();
        var evaluation = (await EvaluationRecords.ByIdAsync(conn, null, id))!;
        var stored = await Sql.ScalarAsync<string>(conn, null, "select decisions from evaluations where id = @id", ("id", id));
        var ruleset = await new CompiledRulesets(service.Services.GetRequiredService<NpgsqlDataSource>()).GetAsync(evaluation.RulesetId);
        var forecast = ForecastLoader.Parse((await EvaluationRecords.ForecastBytesAsync(conn, evaluation.ForecastId))!, "forecast.csv", ruleset.Model).Value!;
        var enterprises = ReductionListLoader.Parse((await InputLists.ByIdAsync(conn, evaluation.EnterprisesId!.Value)).Content, "e.csv", ruleset.Model).Value!;

        var replayed = ruleset.Plan.Evaluate(forecast, enterprises, [], TimeZoneInfo.ConvertTime(evaluation.EvaluatedFor, TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai")));

        Assert.Equal(stored, DecisionsJson.Serialize(replayed));
        Assert.Contains("\"warnings\"", stored);
    }
}
