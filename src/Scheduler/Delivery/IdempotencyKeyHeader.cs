using System.Text;

namespace EmergencyDSS.Scheduler.Delivery;

/// <summary>
/// The idempotency key as a header value. Keys hold district and target names in Chinese, and
/// HTTP and mail headers are ASCII: non-ASCII, control characters and '%' are percent-encoded
/// as UTF-8, everything else is kept, so ASCII keys go out verbatim and
/// <see cref="Uri.UnescapeDataString(string)"/> gives back the exact key.
/// </summary>
internal static class IdempotencyKeyHeader
{
    public static string Encode(string key)
    {
        if (key.All(c => c is > ' ' and < '\x7f' and not '%')) return key;
        var encoded = new StringBuilder(key.Length * 3);
        foreach (var b in Encoding.UTF8.GetBytes(key))
        {
            if (b is > (byte)' ' and < 0x7f and not (byte)'%') encoded.Append((char)b);
            else encoded.Append('%').Append(b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
        }
        return encoded.ToString();
    }
}
