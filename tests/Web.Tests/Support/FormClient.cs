using System.Net;
using System.Text.RegularExpressions;

namespace EmergencyDSS.Web.Tests.Support;

/// <summary>A cookie-keeping HTTP client that signs in through the console's forms (antiforgery token included), as a browser would.</summary>
internal sealed partial class FormClient : IDisposable
{
    private readonly HttpClient _http;
    public CookieContainer Cookies { get; } = new();

    /// <param name="acceptAnyCertificate">For a test host on HTTPS with a self-signed certificate.</param>
    public FormClient(Uri baseAddress, bool acceptAnyCertificate = false) =>
        _http = new HttpClient(new HttpClientHandler
        {
            CookieContainer = Cookies, AllowAutoRedirect = false,
            ServerCertificateCustomValidationCallback = acceptAnyCertificate ? HttpClientHandler.DangerousAcceptAnyServerCertificateValidator : null,
        }) { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(60) };

    public HttpClient Http => _http;

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Antiforgery();

    /// <summary>The antiforgery token of the form on a page.</summary>
    public async Task<string> TokenAsync(string page)
    {
        var html = await (await _http.GetAsync(page)).Content.ReadAsStringAsync();
        return Antiforgery().Match(html) is { Success: true } m ? WebUtility.HtmlDecode(m.Groups[1].Value) : throw new InvalidOperationException($"no antiforgery token on {page}");
    }

    public async Task<HttpResponseMessage> PostFormAsync(string page, string action, params (string, string)[] fields)
    {
        var token = await TokenAsync(page);
        return await _http.PostAsync(action, new FormUrlEncodedContent([.. fields.Select(f => new KeyValuePair<string, string>(f.Item1, f.Item2)), new("__RequestVerificationToken", token)]));
    }

    /// <summary>Signs in; if the account still has its initial password, changes it to <see cref="ConsoleAccount.NewPassword"/>.</summary>
    public async Task SignInAsync(ConsoleAccount account)
    {
        var first = await PostFormAsync("/account/signin", "/account/signin", ("Name", account.Name), ("Password", account.InitialPassword));
        if (first.StatusCode == HttpStatusCode.Unauthorized)
            first = await PostFormAsync("/account/signin", "/account/signin", ("Name", account.Name), ("Password", account.NewPassword));
        if (first.StatusCode != HttpStatusCode.Redirect) throw new InvalidOperationException($"sign-in of {account.Name} answered {(int)first.StatusCode}");
        if (first.Headers.Location?.OriginalString == "/account/password")
        {
            var changed = await PostFormAsync("/account/password", "/account/password",
                ("Current", account.InitialPassword), ("Next", account.NewPassword), ("Again", account.NewPassword));
            if (changed.StatusCode != HttpStatusCode.Redirect) throw new InvalidOperationException($"password change of {account.Name} answered {(int)changed.StatusCode}");
        }
    }

    public void Dispose() => _http.Dispose();
}
