using System.Text.RegularExpressions;

namespace EmergencyDSS.Web.Portal;

/// <summary>A receipt's phone number: a mainland mobile (1xxxxxxxxxx) or a landline with area code (023-12345678, extension allowed).</summary>
internal static partial class PhoneNumber
{
    [GeneratedRegex(@"^(1[3-9]\d{9}|0\d{2,3}-?\d{7,8}(-\d{1,6})?)$")]
    private static partial Regex Pattern();

    public static bool IsValid(string phone) => phone.Length <= 24 && Pattern().IsMatch(phone);
}
