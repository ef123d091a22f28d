using System.Net;
using System.Net.Http.Headers;
using EmergencyDSS.Scheduler.Tests.Support;
using EmergencyDSS.Web.Evidence;
using EmergencyDSS.Web.Tests.Support;

namespace EmergencyDSS.Web.Tests;

/// <summary>
/// Evidence uploads that must be refused — wrong type (by content, whatever the name says), too large, too many,
/// path tricks in the file name — answer 400 with a message in Chinese and store nothing (not even the report's text).
/// </summary>
[Collection("one console host at a time")]
public sealed class BadUploadTests(ConsoleHost host) : IClassFixture<ConsoleHost>
{
    /// <summary>File name, what its bytes are (built in the test: theory data stays small for discovery), the message expected.</summary>
    public static IEnumerable<object[]> Cases =>
    [
        ["程序.exe", "exe", "类型不允许"],
        ["照片.png", "text", "类型不允许"],
        ["扫描件.pdf", "png", "类型不允许"],
        ["大照片.png", "big", "超过5MB"],
        ["../../etc/passwd.png", "png", "路径或非法字符"],
        ["..\\..\\Windows\\照片.png", "png", "路径或非法字符"],
        ["/etc/cron.d/照片.png", "png", "路径或非法字符"],
        ["照片\t.png", "png", "路径或非法字符"],
        [".htaccess", "png", "路径或非法字符"],
    ];

    private static byte[] Content(string kind) => kind switch
    {
        "exe" => [0x4D, 0x5A, 0x90, 0x00, 0x03, 0x00],
        "text" => "这不是图片"u8.ToArray(),
        "big" => Big(),
        _ => Pdf.TinyPng,
    };

    private static byte[] Big()
    {
        var bytes = new byte[EvidenceRules.MaxBytes + 1];
        Pdf.TinyPng.CopyTo(bytes, 0);
        return bytes;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task BadEvidence_IsRefused_NothingStored(string name, string content, string message)
    {
        var (client, notice, token) = await SignedInAsync();
        using var form = Report(token);
        form.Add(File(name, Content(content)));
        form.Add(File("正常照片.png", Pdf.TinyPng)); // a good file in the same form is not stored either
        await AssertRefusedAsync(client, notice, form, message);
    }

    [Fact]
    public async Task TooManyFiles_AreRefused()
    {
        var (client, notice, token) = await SignedInAsync();
        using var form = Report(token);
        for (var i = 0; i <= EvidenceRules.MaxFiles; i++) form.Add(File($"照片{i}.png", Pdf.TinyPng));
        await AssertRefusedAsync(client, notice, form, $"最多{EvidenceRules.MaxFiles}个");
    }

    [Fact]
    public async Task RequestBeyondTheLimit_IsRefusedBeforeReading()
    {
        var (client, notice, token) = await SignedInAsync();
        using var form = Report(token);
        for (var i = 0; i < 6; i++) form.Add(File($"照片{i}.png", Big()));
        // As browsers and curl do for large bodies: ask first (Expect: 100-continue); the server refuses (413, or 400 when the
        // antiforgery check is what first reads the oversized form) without storing anything.
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/portal/notices/{notice}?handler=Report") { Content = form };
        request.Headers.ExpectContinue = true;
        using var response = await client.Http.SendAsync(request);
        Assert.True(response.StatusCode is HttpStatusCode.RequestEntityTooLarge or HttpStatusCode.BadRequest, $"answered {(int)response.StatusCode}");
        Assert.Equal(0, await Database.CountAsync(host.Postgres, "select count(*) from evidence_files") + await Database.CountAsync(host.Postgres, "select count(*) from implementation_reports"));
    }

    private async Task AssertRefusedAsync(FormClient client, long notice, MultipartFormDataContent form, string message)
    {
        using var response = await client.Http.PostAsync($"/portal/notices/{notice}?handler=Report", form);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(message, html);
        Assert.Contains("role=\"alert\"", html);
        Assert.Equal(0, await Database.CountAsync(host.Postgres, "select count(*) from evidence_files"));
        Assert.Equal(0, await Database.CountAsync(host.Postgres, "select count(*) from implementation_reports"));
    }

    /// <summary>The report form as a browser sends it: part headers in UTF-8 (Chinese file names as typed).</summary>
    private static MultipartFormDataContent Report(string token)
    {
        var form = new MultipartFormDataContent { HeaderEncodingSelector = (_, _) => System.Text.Encoding.UTF8 };
        form.Add(new StringContent("已停产"), "WhatDone");
        form.Add(new StringContent("1号线"), "LinesStopped");
        form.Add(new StringContent(token), "__RequestVerificationToken");
        return form;
    }

    private static ByteArrayContent File(string name, byte[] content)
    {
        var part = new ByteArrayContent(content);
        part.Headers.ContentType = new MediaTypeHeaderValue("image/png");
        // Written by hand so the name reaches the server exactly as given (HttpClient would quote and encode it its own way).
        part.Headers.TryAddWithoutValidation("Content-Disposition", $"form-data; name=\"Files\"; filename=\"{name.Replace("\\", "\\\\")}\"");
        return part;
    }

    private static readonly SemaphoreSlim Once = new(1, 1);
    private static (FormClient Client, long Notice, string Token)? _session;

    /// <summary>enterprise1 signed in once (its first sign-in changes the password), one of its notices, the form token.</summary>
    private async Task<(FormClient Client, long Notice, string Token)> SignedInAsync()
    {
        await Once.WaitAsync();
        try
        {
            if (_session is { } s) return s;
            await Episodes.UploadAsync(host, await System.IO.File.ReadAllBytesAsync(Repo.Sample("forecast-orange.csv")));
            var notice = await Database.CountAsync(host.Postgres, $"select min(id) from notices where target = '{host.EnterpriseCode}'");
            var client = new FormClient(host.BaseAddress);
            await client.SignInAsync(host.Accounts["enterprise1"]);
            _session = (client, notice, await client.TokenAsync($"/portal/notices/{notice}"));
            return _session.Value;
        }
        finally
        {
            Once.Release();
        }
    }
}
