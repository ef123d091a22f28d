using EmergencyDSS.Dsl.Model;

namespace EmergencyDSS.Notices;

/// <summary>
/// Who signs one notice: the district's own bureau when the ruleset has an <c>issuer</c> line for it,
/// else the city bureau (<c>issuer city</c>), else the ruleset header. The contact's last word is
/// the duty phone (附注: 联系人、联系电话).
/// </summary>
internal sealed record Issuer(string Authority, string Prefix, string ContactPerson, string Phone, string? Police, string? Portal, string? Government)
{
    public static Issuer For(RuleModel model, string district)
    {
        var city = model.Issuers.FirstOrDefault(i => i.Scope == IssuerModel.City);
        var own = model.Issuers.FirstOrDefault(i => i.Scope == district);
        var header = model.Header;
        var authority = own?.Authority ?? city?.Authority ?? header.Authority;
        var prefix = own?.DocumentPrefix ?? (own is null ? city?.DocumentPrefix : null) ?? (own is null ? header.DocumentPrefix : null) ?? authority;
        var contact = own?.Contact ?? city?.Contact ?? header.Contact ?? authority;
        var cut = contact.LastIndexOf(' ');
        var (person, phone) = cut < 0 ? (contact, "") : (contact[..cut].Trim(), contact[(cut + 1)..].Trim());
        return new Issuer(authority, prefix, person, phone, city?.Police, own?.Portal ?? city?.Portal, own?.Government);
    }

    /// <summary>
    /// The series a notice is numbered in: a notice to one recipient (通知 to an enterprise or site, 督办通知) takes the
    /// issuer's 告知 series (渝北环应急告〔2024〕N号), so the 文件 series counts only the bureau's documents (warnings,
    /// 通告, 函), as a registry office numbers them.
    /// </summary>
    public string PrefixFor(PlannedNotice plan) => plan.DocumentKind == "通知" ? Prefix + "告" : Prefix;

    /// <summary>The city's own issuer (regional warnings, traffic 通告).</summary>
    public static Issuer City(RuleModel model) => For(model, IssuerModel.City);
}
