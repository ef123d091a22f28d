using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace EmergencyDSS.Web;

/// <summary>/static/console.css and /static/htmx.min.js (htmx.org 2.0.11, 0BSD, vendored), read from the assembly, cached a day.</summary>
internal static class StaticAssets
{
    private static readonly Dictionary<string, (string Type, byte[] Bytes)> Files = new(StringComparer.Ordinal)
    {
        ["console.css"] = ("text/css; charset=utf-8", Read("console.css")),
        ["htmx.min.js"] = ("text/javascript; charset=utf-8", Read("htmx.min.js")),
    };

    public static void Map(WebApplication app) =>
        app.MapGet("/static/{name}", (string name, HttpContext http) =>
        {
            if (!Files.TryGetValue(name, out var file)) return Results.NotFound();
            http.Response.Headers.CacheControl = "public, max-age=86400";
            return Results.Bytes(file.Bytes, file.Type);
        }).AllowAnonymous();

    private static byte[] Read(string name)
    {
        using var stream = typeof(StaticAssets).Assembly.GetManifestResourceStream($"EmergencyDSS.Web.wwwroot.{name}")
            ?? throw new InvalidOperationException($"missing embedded asset {name}");
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }
}
