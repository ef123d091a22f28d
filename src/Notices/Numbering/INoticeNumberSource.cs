namespace EmergencyDSS.Notices;

/// <summary>
/// Hands out document serial numbers, sequential per (prefix, year). The same notice key must get
/// the same number again, so a re-rendered notice keeps its 文号. The scheduler persists this.
/// </summary>
public interface INoticeNumberSource
{
    int NumberFor(string prefix, int year, string noticeKey);

    /// <summary>The number last issued under <paramref name="prefix"/> and year to a key starting with
    /// <paramref name="keyPrefix"/> (a target's earlier notice, which a change notice amends); null when unknown.</summary>
    int? LastIssued(string prefix, int year, string keyPrefix) => null;
}
