namespace EmergencyDSS.Web.Tests.Support;

/// <summary>A test account as `dss user add` made it: name, role, initial password, API token, and the password it changes to.</summary>
public sealed record ConsoleAccount(string Name, string Role, string InitialPassword, string Token, string? CreditCode)
{
    public string NewPassword => $"Neu{Name}2024pass";
}
