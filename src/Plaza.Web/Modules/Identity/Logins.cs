using System.Net.Mail;
using System.Text.RegularExpressions;

namespace Plaza.Web.Modules.Identity;

/// <summary>People sign in with an email address or a mobile number; both are normalised before use.</summary>
internal static partial class Logins
{
    public static string? NormalizeEmail(string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        var trimmed = value.Trim().ToLowerInvariant();
        if (trimmed.Length > 254 || !trimmed.Contains('@')) return null;
        return MailAddress.TryCreate(trimmed, out var address) && address.Address == trimmed ? trimmed : null;
    }

    public static string? NormalizePhone(string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        var compact = Separators().Replace(value.Trim(), "");
        return PhonePattern().IsMatch(compact) ? compact : null;
    }

    /// <summary>Either form in one box: an '@' means email, otherwise a phone number.</summary>
    public static (string? Email, string? Phone) Parse(string? login) =>
        login?.Contains('@') == true ? (NormalizeEmail(login), null) : (null, NormalizePhone(login));

    [GeneratedRegex(@"[\s\-().]")]
    private static partial Regex Separators();

    [GeneratedRegex(@"^\+?[0-9]{7,15}$")]
    private static partial Regex PhonePattern();
}
