using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using EmergencyDSS.Scheduler.Accounts;
using EmergencyDSS.Scheduler.Tests.Support;
using EmergencyDSS.Web.Tests.Support;

namespace EmergencyDSS.Web.Tests;

/// <summary>
/// `dss serve --urls https://…` with a certificate from Kestrel's configuration: the console answers over TLS and the
/// session cookie is Secure (over plain HTTP it is not: <see cref="SecurityTests"/>).
/// </summary>
[Collection("one console host at a time")]
public sealed class HttpsSessionTests(HttpsSessionTests.HttpsHost host) : IClassFixture<HttpsSessionTests.HttpsHost>
{
    [Fact]
    public async Task OverHttps_TheSessionCookie_IsSecure_HttpOnly_AndSameSiteStrict()
    {
        Assert.Equal("https", host.BaseAddress.Scheme);
        using var client = new FormClient(host.BaseAddress, acceptAnyCertificate: true);
        var response = await client.PostFormAsync("/account/signin", "/account/signin", ("Name", "auditor1"), ("Password", host.Accounts["auditor1"].InitialPassword));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var session = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith(AccountAuthentication.CookieName + "=", StringComparison.Ordinal));
        var flags = session.Split(';').Skip(1).Select(f => f.Trim().ToLowerInvariant()).ToList();
        Assert.Contains("secure", flags);
        Assert.Contains("httponly", flags);
        Assert.Contains("samesite=strict", flags);
    }

    /// <summary>The console host on HTTPS with a self-signed certificate for 127.0.0.1, handed to Kestrel as `dss serve` would take it.</summary>
    public sealed class HttpsHost : ConsoleHost
    {
        private readonly TempFolder _certificate = new();

        protected override string Urls => "https://127.0.0.1:0";

        public override async Task InitializeAsync()
        {
            var pfx = Path.Combine(_certificate.Path, "loopback.pfx");
            using (var rsa = RSA.Create(2048))
            {
                var request = new CertificateRequest("CN=127.0.0.1", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
                var names = new SubjectAlternativeNameBuilder();
                names.AddIpAddress(IPAddress.Loopback);
                request.CertificateExtensions.Add(names.Build());
                using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(1));
                await File.WriteAllBytesAsync(pfx, certificate.Export(X509ContentType.Pfx, "loopback"));
            }
            // Kestrel's configuration from the environment, as an operator sets it for `dss serve`; only while this host is built.
            Environment.SetEnvironmentVariable("Kestrel__Certificates__Default__Path", pfx);
            Environment.SetEnvironmentVariable("Kestrel__Certificates__Default__Password", "loopback");
            try
            {
                await base.InitializeAsync();
            }
            finally
            {
                Environment.SetEnvironmentVariable("Kestrel__Certificates__Default__Path", null);
                Environment.SetEnvironmentVariable("Kestrel__Certificates__Default__Password", null);
            }
        }

        public override async Task DisposeAsync()
        {
            await base.DisposeAsync();
            _certificate.Dispose();
        }
    }
}
