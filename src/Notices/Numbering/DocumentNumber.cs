using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace EmergencyDSS.Notices;

/// <summary>文号 and acknowledgment codes: both derived only from stable keys, never from the clock.</summary>
internal static class DocumentNumber
{
    private const string Base32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

    /// <summary>e.g. 渝环应急〔2024〕12号.</summary>
    public static string Format(string prefix, int year, int n) =>
        string.Create(CultureInfo.InvariantCulture, $"{prefix}〔{year}〕{n}号");

    /// <summary>First 10 base32 characters of sha256(notice key + ruleset sha256): the portal's receipt code.</summary>
    public static string AcknowledgmentCode(string noticeKey, string rulesetSha256)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"{noticeKey}\n{rulesetSha256}"));
        var code = new StringBuilder(10);
        for (var bit = 0; code.Length < 10; bit += 5)
        {
            var value = 0;
            for (var i = 0; i < 5; i++)
            {
                var b = bit + i;
                value = (value << 1) | ((hash[b / 8] >> (7 - b % 8)) & 1);
            }
            code.Append(Base32[value]);
        }
        return code.ToString();
    }

    public static string Sha256Hex(string a, string b) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(a + "\0" + b)));
}
