using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Plaza.Web.Modules.Payments;

/// <summary>
/// "t=&lt;unix seconds&gt;,v1=&lt;hex HMAC-SHA256 of "{t}.{body}"&gt;". The timestamp is signed too, so an
/// old captured event cannot be replayed later with a fresh time; events older than the tolerance are refused.
/// </summary>
internal static class WebhookSignature
{
    public const string Header = "Plaza-Signature";
    public static readonly TimeSpan Tolerance = TimeSpan.FromMinutes(5);

    public static string Sign(string secret, long unixSeconds, string body) => $"t={unixSeconds},v1={Mac(secret, unixSeconds, body)}";

    private static string Mac(string secret, long unixSeconds, string body) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes($"{unixSeconds}.{body}")));

    public enum Verdict { Valid, Malformed, BadSignature, Stale }

    public static Verdict Verify(string secret, string? header, string body, DateTimeOffset now)
    {
        if (string.IsNullOrEmpty(header) || header.Length > 300) return Verdict.Malformed;
        long? t = null;
        string? v1 = null;
        foreach (var part in header.Split(','))
        {
            var kv = part.Split('=', 2);
            if (kv.Length != 2) continue;
            if (kv[0].Trim() == "t" && long.TryParse(kv[1], NumberStyles.None, CultureInfo.InvariantCulture, out var ts)) t = ts;
            if (kv[0].Trim() == "v1") v1 = kv[1].Trim();
        }
        if (t is null || v1 is null || v1.Length != 64) return Verdict.Malformed;
        var expected = Mac(secret, t.Value, body);
        if (!CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(expected), Encoding.ASCII.GetBytes(v1.ToLowerInvariant())))
            return Verdict.BadSignature;
        var age = now - DateTimeOffset.FromUnixTimeSeconds(t.Value);
        return age > Tolerance || age < -Tolerance ? Verdict.Stale : Verdict.Valid;
    }
}
