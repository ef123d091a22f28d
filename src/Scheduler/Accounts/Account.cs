namespace EmergencyDSS.Scheduler.Accounts;

/// <summary>One person's (or one enterprise's) account: name, role, the credit code for enterprise accounts.</summary>
internal sealed record Account(long Id, string Name, string Role, string? CreditCode, bool MustChangePassword);

/// <summary>What a sign-in attempt came to.</summary>
internal enum SignInOutcome { SignedIn, WrongPassword, LockedOut }

/// <summary>A new account's initial password and first API token (shown once, stored only hashed).</summary>
internal sealed record NewAccount(Account Account, string Password, string Token);

/// <summary>An account as the admin's account page lists it (never its password or tokens, only how many tokens are live).</summary>
internal sealed record AccountLine(long Id, string Name, string Role, string? CreditCode, bool Disabled, bool MustChangePassword,
    DateTimeOffset? LockedUntil, string CreatedBy, DateTimeOffset CreatedAt, int LiveTokens);
