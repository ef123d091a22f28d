using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Identity;

namespace EmergencyDSS.Scheduler.Accounts;

/// <summary>
/// Passwords through ASP.NET Core Identity's <see cref="PasswordHasher{TUser}"/> (PBKDF2, salted, versioned);
/// API tokens are 256 random bits, so a SHA-256 of the token is enough to look them up without keeping them.
/// </summary>
internal static class Secrets
{
    private static readonly PasswordHasher<Account> Hasher = new();
    private const string PasswordAlphabet = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    public static string HashPassword(string password) => Hasher.HashPassword(null!, password);

    public static bool VerifyPassword(string hash, string password) =>
        Hasher.VerifyHashedPassword(null!, hash, password) != PasswordVerificationResult.Failed;

    public static string NewPassword() => RandomNumberGenerator.GetString(PasswordAlphabet, 16);

    public static string NewToken() => "dss_" + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    public static string HashToken(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    /// <summary>A password the console accepts as a new one: at least 10 characters, letters and digits.</summary>
    public static string? WeakPasswordReason(string password) =>
        password.Length < 10 ? "新密码至少10位"
        : !password.Any(char.IsLetter) || !password.Any(char.IsDigit) ? "新密码须同时包含字母和数字"
        : null;
}
