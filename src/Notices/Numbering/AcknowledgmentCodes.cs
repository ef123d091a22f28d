using System.Security.Cryptography;
using System.Text;

namespace EmergencyDSS.Notices;

/// <summary>
/// Acknowledgment codes: 10 base32 characters (50 bits). The scheduler draws them at random per notice and stores
/// only their SHA-256; <see cref="Preview"/> derives them from the notice key for `dss simulate`, whose notices are
/// previews (same inputs, same bytes out) and whose codes no server accepts.
/// </summary>
public static class AcknowledgmentCodes
{
    private const string Base32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    public const int Length = 10;

    /// <summary>A fresh code from the operating system's cryptographic random source.</summary>
    public static string Random() => RandomNumberGenerator.GetString(Base32, Length);

    /// <summary>The preview code of `dss simulate`: first 10 base32 characters of sha256(notice key + ruleset sha256).</summary>
    public static string Preview(string noticeKey, string rulesetSha256) => DocumentNumber.AcknowledgmentCode(noticeKey, rulesetSha256);

    /// <summary>How a code is kept at rest: lower-case hex SHA-256 of its UTF-8 bytes (a 50-bit random secret needs no slow hash).</summary>
    public static string Sha256(string code) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(code)));
}
