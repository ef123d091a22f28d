namespace EmergencyDSS.Notices;

/// <summary>
/// Hands out document serial numbers, sequential per (prefix, year). The same notice key must get
/// the same number again, so a re-rendered notice keeps its 文号. The scheduler persists this.
/// </summary>
public interface INoticeNumberSource
{
    int NumberFor(string prefix, int year, string noticeKey);
}
