using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace EmergencyDSS.Scheduler.Tests.Support;

/// <summary>
/// A throwaway PostgreSQL 15 cluster for the test run: initdb into a temp folder (as the postgres user when
/// running as root), started on a free loopback port, stopped and deleted at the end. Each test gets its own database.
/// </summary>
public sealed class PostgresServer : IAsyncLifetime
{
    private const string Bin = "/usr/lib/postgresql/15/bin";
    private readonly string _dir = Path.Combine(Path.GetTempPath(), $"dss-test-pg-{Guid.NewGuid():N}");
    private int _databases;

    public int Port { get; private set; }

    public string ConnectionString(string database) => $"Host=127.0.0.1;Port={Port};Username=postgres;Database={database};Maximum Pool Size=60";

    public async Task InitializeAsync()
    {
        if (!File.Exists(Path.Combine(Bin, "initdb")))
            throw new InvalidOperationException($"PostgreSQL 15 is not installed ({Bin}); scripts/test.sh installs it");
        Port = FreePort();
        Directory.CreateDirectory(_dir);
        if (IsRoot) Run("chown", "postgres", _dir);
        AsPostgres($"{Bin}/initdb -D {_dir} -U postgres --auth=trust -E UTF8 --locale=C.UTF-8");
        Start();
        await Task.CompletedTask;
    }

    /// <summary>Starts the cluster (again) on the same port, e.g. after <see cref="Stop"/>.</summary>
    public void Start() =>
        AsPostgres($"{Bin}/pg_ctl -D {_dir} -l {_dir}/server.log -o \"-k /tmp -h 127.0.0.1 -p {Port} -c max_connections=300 -c fsync=on\" -w start");

    /// <summary>Stops the cluster the hard way (as a crash or a pulled cable would): clients see their connections drop.</summary>
    public void Stop() => AsPostgres($"{Bin}/pg_ctl -D {_dir} -m immediate -w stop");

    /// <summary>A fresh, empty database for one test.</summary>
    public async Task<string> CreateDatabaseAsync()
    {
        var name = $"t{Interlocked.Increment(ref _databases)}_{Guid.NewGuid():N}"[..20];
        await using var conn = new NpgsqlConnection(ConnectionString("postgres"));
        await conn.OpenAsync();
        await using var cmd = new NpgsqlCommand($"create database {name}", conn);
        await cmd.ExecuteNonQueryAsync();
        return ConnectionString(name);
    }

    public Task DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        try { AsPostgres($"{Bin}/pg_ctl -D {_dir} -m immediate stop"); }
        finally { Directory.Delete(_dir, recursive: true); }
        return Task.CompletedTask;
    }

    private static bool IsRoot => Environment.UserName == "root";

    private static int FreePort()
    {
        using var socket = new TcpListener(IPAddress.Loopback, 0);
        socket.Start();
        return ((IPEndPoint)socket.LocalEndpoint).Port;
    }

    private static void AsPostgres(string command)
    {
        if (IsRoot) Run("su", "postgres", "-s", "/bin/sh", "-c", command);
        else Run("/bin/sh", "-c", command);
    }

    private static void Run(string file, params string[] args)
    {
        var info = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in args) info.ArgumentList.Add(a);
        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEnd();
        if (!process.WaitForExit(60_000)) { process.Kill(); throw new TimeoutException($"{file} {string.Join(' ', args)} did not finish in 60 s"); }
        if (process.ExitCode != 0) throw new InvalidOperationException($"{file} {string.Join(' ', args)} failed ({process.ExitCode}): {error}{output.Result}");
    }
}
