namespace EmergencyDSS.Web.Tests.Support;

/// <summary>
/// One route of the role matrix: method and path, whether it is a page (anonymous → sign-in redirect) or API
/// (anonymous → 401), and the roles allowed (everyone else signed in → 403). "*" = any signed-in account;
/// "anonymous" in the list = open to everyone.
/// </summary>
public sealed record RouteCase(string Method, string Path, bool Page, params string[] Allowed)
{
    public override string ToString() => $"{Method} {Path}";
}
