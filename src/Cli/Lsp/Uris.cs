namespace EmergencyDSS.Cli.Lsp;

/// <summary>file:// URIs of the protocol and the paths dss works with.</summary>
internal static class Uris
{
    public static string ToPath(string uri) => Path.GetFullPath(new Uri(uri).LocalPath);

    public static string FromPath(string path) => new Uri(Path.GetFullPath(path)).AbsoluteUri;
}
