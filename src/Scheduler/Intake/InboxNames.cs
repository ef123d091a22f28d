using System.Security.Cryptography;
using System.Text;

namespace EmergencyDSS.Scheduler.Intake;

/// <summary>Names written beside an inbox file, kept within the file system's 255-byte limit however long the original name.</summary>
internal static class InboxNames
{
    private const int MaxNameBytes = 255;
    private const string Suffix = ".errors";

    /// <summary><c>{name}.errors</c>, or, when that is too long, the name cut short plus <c>~</c> and 8 hex digits of its hash.</summary>
    public static string ErrorsFile(string name)
    {
        if (Encoding.UTF8.GetByteCount(name) + Suffix.Length <= MaxNameBytes) return name + Suffix;
        var tag = "~" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(name)))[..8];
        var room = MaxNameBytes - Suffix.Length - tag.Length;
        var cut = new StringBuilder();
        foreach (var rune in name.EnumerateRunes())
        {
            if (Encoding.UTF8.GetByteCount(cut.ToString()) + rune.Utf8SequenceLength > room) break;
            cut.Append(rune.ToString());
        }
        return cut + tag + Suffix;
    }
}
