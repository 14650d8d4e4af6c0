using System.Globalization;
using Plaza.Web.Platform.Web;

namespace Plaza.Web.Modules.Notifications.Contracts;

/// <summary>A notification's stored facts (small strings by key), as its kind's sentence reads them.</summary>
internal sealed class NotificationData(IReadOnlyDictionary<string, string> values)
{
    public IReadOnlyDictionary<string, string> Values => values;

    /// <summary>The fact, or "" when it is missing.</summary>
    public string this[string key] => values.GetValueOrDefault(key, "");

    public string Get(string key, string fallback) => values.GetValueOrDefault(key, fallback);

    /// <summary>
    /// An amount stored in minor units (invariant digits) under <paramref name="minorKey"/>, in the currency stored
    /// under "currency" (GBP when missing), written the reader's way; "" when it is not a number.
    /// </summary>
    public string Money(string minorKey) =>
        long.TryParse(values.GetValueOrDefault(minorKey), NumberStyles.Integer, CultureInfo.InvariantCulture, out var minor)
            ? MoneyFormat.Format(minor, Get("currency", "GBP"))
            : "";
}
