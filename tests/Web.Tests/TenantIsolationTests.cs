using System.Collections.Concurrent;
using System.Net;
using EmergencyDSS.Scheduler.Accounts;
using EmergencyDSS.Scheduler.Tests.Support;
using EmergencyDSS.Web.Evidence;
using EmergencyDSS.Web.Portal;
using EmergencyDSS.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace EmergencyDSS.Web.Tests;

/// <summary>
/// 1,000 enterprise accounts (bulk-inserted with one password hash: PBKDF2 per account would only time the hasher)
/// try ≥10,000 sampled pairs of another enterprise's notice and evidence through the API (read, acknowledge, evidence)
/// and, for signed-in sessions, through the portal's pages and forms: none succeeds, nothing is acknowledged or stored.
/// </summary>
[Collection("one console host at a time")]
public sealed class TenantIsolationTests(ConsoleHost host) : IClassFixture<ConsoleHost>
{
    private const int AccountCount = 1000;
    private const int ApiPairs = 10_000;
    private const int PagePairs = 1_500;
    private const string Password = "Tenant2024secret";

    [Fact]
    public async Task ThousandEnterprises_TenThousandPairs_ZeroCrossTenantSuccess()
    {
        await Episodes.UploadAsync(host, await File.ReadAllBytesAsync(Repo.Sample("forecast-orange.csv")));
        var notices = (await Database.RowsAsync(host.Postgres, "select id::text, target from notices where target_kind = 'enterprise' order by id"))
            .Select(r => (Id: long.Parse(r[0]), Target: r[1])).ToList();
        var targets = notices.Select(n => n.Target).Distinct().Where(t => t != host.EnterpriseCode).ToList();
        Assert.True(targets.Count >= 5, $"only {targets.Count} enterprises have notices");

        // Evidence of up to 20 enterprises, through the portal's own store.
        var reports = host.Services.GetRequiredService<ImplementationReports>();
        var evidence = new List<(long Id, string Owner)>();
        foreach (var t in targets.Take(20))
        {
            var file = new EvidenceFile("现场照片.png", "image/png", Pdf.TinyPng, "x");
            await reports.AddAsync(t, notices.First(n => n.Target == t).Id, "已停产", "1号线", [file], "test");
        }
        evidence.AddRange((await Database.RowsAsync(host.Postgres, "select id::text, credit_code from evidence_files")).Select(r => (long.Parse(r[0]), r[1])));
        var reportsBefore = await Database.CountAsync(host.Postgres, "select count(*) from implementation_reports");

        var codes = targets.Concat(Enumerable.Range(0, AccountCount - targets.Count).Select(i => $"91500000TEST{i:D6}")).ToList();
        var tokens = await BulkAccountsAsync(codes);

        var random = new Random(20241203);
        var failures = new ConcurrentBag<string>();
        using var http = new HttpClient { BaseAddress = host.BaseAddress, Timeout = TimeSpan.FromSeconds(120) };
        var pairs = Enumerable.Range(0, ApiPairs).Select(_ =>
        {
            var attacker = random.Next(codes.Count);
            var victims = notices.Where(n => n.Target != codes[attacker]).ToList();
            var notice = victims[random.Next(victims.Count)];
            var foreign = evidence.Where(e => e.Owner != codes[attacker]).ToList();
            return (Code: codes[attacker], Token: tokens[attacker], Notice: notice.Id, Evidence: foreign[random.Next(foreign.Count)].Id);
        }).ToList();
        var requests = 0;
        await Parallel.ForEachAsync(pairs, new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (pair, _) =>
        {
            foreach (var (method, path) in new[] { ("GET", $"/api/notices/{pair.Notice}"), ("POST", $"/api/notices/{pair.Notice}/ack"), ("GET", $"/api/evidence/{pair.Evidence}") })
            {
                using var request = new HttpRequestMessage(new HttpMethod(method), path);
                request.Headers.Authorization = new("Bearer", pair.Token);
                using var response = await http.SendAsync(request);
                Interlocked.Increment(ref requests);
                if (response.StatusCode is not (HttpStatusCode.NotFound or HttpStatusCode.Forbidden))
                    failures.Add($"{pair.Code} {method} {path}: {(int)response.StatusCode}");
            }
        });
        // Every account's list holds only its own notices.
        await Parallel.ForEachAsync(Enumerable.Range(0, codes.Count), new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (i, _) =>
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "/api/notices");
            request.Headers.Authorization = new("Bearer", tokens[i]);
            using var response = await http.SendAsync(request);
            var listed = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.EnumerateArray().Select(n => n.GetProperty("target").GetString()).ToList();
            if (listed.Any(t => t != codes[i])) failures.Add($"{codes[i]} lists another's notice");
            if (listed.Count != notices.Count(n => n.Target == codes[i])) failures.Add($"{codes[i]} lists {listed.Count} notices");
        });

        // Pages and forms, with sessions of 30 accounts that have notices of their own.
        var sessions = new List<(string Code, FormClient Client, string Token)>();
        foreach (var code in targets.Take(30))
        {
            var client = new FormClient(host.BaseAddress);
            await client.SignInAsync(new ConsoleAccount(code, Roles.Enterprise, Password, "", code));
            sessions.Add((code, client, await client.TokenAsync("/portal")));
        }
        var pagePairs = Enumerable.Range(0, PagePairs).Select(_ =>
        {
            var s = sessions[random.Next(sessions.Count)];
            var victims = notices.Where(n => n.Target != s.Code).ToList();
            var foreign = evidence.Where(e => e.Owner != s.Code).ToList();
            return (Session: s, Notice: victims[random.Next(victims.Count)].Id, Evidence: foreign[random.Next(foreign.Count)].Id);
        }).ToList();
        await Parallel.ForEachAsync(pagePairs, new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (pair, _) =>
        {
            var c = pair.Session.Client.Http;
            var n = pair.Notice;
            var answers = new List<(string What, HttpResponseMessage Response)>
            {
                ("page", await c.GetAsync($"/portal/notices/{n}")), ("document", await c.GetAsync($"/portal/notices/{n}?handler=Document")),
                ("pdf", await c.GetAsync($"/portal/notices/{n}?handler=Pdf")), ("evidence", await c.GetAsync($"/portal/evidence/{pair.Evidence}")),
                ("acknowledge", await c.PostAsync($"/portal/notices/{n}?handler=Acknowledge", Form(pair.Session.Token, ("ContactName", "冒充者"), ("ContactPhone", "13800000000")))),
                ("report", await c.PostAsync($"/portal/notices/{n}?handler=Report", Form(pair.Session.Token, ("WhatDone", "冒充报告"), ("LinesStopped", "")))),
            };
            foreach (var (what, response) in answers)
            {
                Interlocked.Increment(ref requests);
                if (response.StatusCode != HttpStatusCode.NotFound) failures.Add($"{pair.Session.Code} {what} of notice {n}: {(int)response.StatusCode}");
                response.Dispose();
            }
        });
        foreach (var s in sessions) s.Client.Dispose();

        Assert.True(failures.IsEmpty, $"{failures.Count} cross-tenant attempts of {requests} did not answer 404/403:\n" + string.Join("\n", failures.Take(20)));
        Assert.True(requests >= ApiPairs * 3 + PagePairs * 6, $"{requests} requests");
        Assert.Equal(0, await Database.CountAsync(host.Postgres, "select count(*) from acknowledgments"));
        Assert.Equal(reportsBefore, await Database.CountAsync(host.Postgres, "select count(*) from implementation_reports"));
    }

    private static FormUrlEncodedContent Form(string token, params (string, string)[] fields) =>
        new([.. fields.Select(f => new KeyValuePair<string, string>(f.Item1, f.Item2)), new("__RequestVerificationToken", token)]);

    /// <summary>One row per account (name = credit code, its password set) and one API token each, in one COPY.</summary>
    private async Task<IReadOnlyList<string>> BulkAccountsAsync(IReadOnlyList<string> codes)
    {
        var hash = Secrets.HashPassword(Password);
        var tokens = codes.Select(_ => Secrets.NewToken()).ToList();
        await using var db = NpgsqlDataSource.Create(host.Postgres);
        await using var conn = await db.OpenConnectionAsync();
        await using (var copy = await conn.BeginBinaryImportAsync("copy accounts (name, role, credit_code, password_hash, must_change_password, created_by, created_at) from stdin (format binary)"))
        {
            foreach (var code in codes)
            {
                await copy.StartRowAsync();
                await copy.WriteAsync(code); await copy.WriteAsync(Roles.Enterprise); await copy.WriteAsync(code); await copy.WriteAsync(hash);
                await copy.WriteAsync(false); await copy.WriteAsync("test"); await copy.WriteAsync(ConsoleHost.Now.ToUniversalTime(), NpgsqlTypes.NpgsqlDbType.TimestampTz);
            }
            await copy.CompleteAsync();
        }
        await using (var cmd = new NpgsqlCommand("""
            insert into api_tokens (account_id, token_hash, created_at)
            select a.id, t.hash, now() from unnest(@codes, @hashes) as t(code, hash) join accounts a on a.name = t.code
            """, conn))
        {
            cmd.Parameters.AddWithValue("codes", codes.ToArray());
            cmd.Parameters.AddWithValue("hashes", tokens.Select(Secrets.HashToken).ToArray());
            Assert.Equal(codes.Count, await cmd.ExecuteNonQueryAsync());
        }
        return tokens;
    }
}
