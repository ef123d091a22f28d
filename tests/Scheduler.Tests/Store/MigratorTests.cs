using EmergencyDSS.Scheduler.Store;
using EmergencyDSS.Scheduler.Tests.Support;
using Npgsql;

namespace EmergencyDSS.Scheduler.Tests.Store;

[Collection("postgres")]
public sealed class MigratorTests(PostgresServer postgres)
{
    [Fact]
    public async Task ConcurrentStarts_ApplyEachScriptOnce_AndAgainIsNothing()
    {
        await using var db = NpgsqlDataSource.Create(await postgres.CreateDatabaseAsync());

        var runs = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => Migrator.ApplyAsync(db)));
        var again = await Migrator.ApplyAsync(db);

        Assert.Equal(["0001_domain_store", "0002_audit_log", "0003_notice_documents_uncompressed", "0004_acknowledgment_codes_hashed", "0005_accounts",
            "0006_activation_proposals", "0007_enterprise_portal", "0008_inspections", "0009_approved_documents", "0010_withdrawn_notices_replanned", "0011_supervision_notices", "0012_notice_renders"],
            runs.SelectMany(r => r).Order());
        Assert.Empty(again);
    }
}
