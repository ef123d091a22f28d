namespace EmergencyDSS.Scheduler.Tests.Support;

/// <summary>Every test that needs PostgreSQL shares one throwaway cluster (a database each).</summary>
[CollectionDefinition("postgres")]
public sealed class PostgresCollection : ICollectionFixture<PostgresServer>;
