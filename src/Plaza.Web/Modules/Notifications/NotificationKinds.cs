using System.Text.Json;
using Microsoft.Extensions.Localization;
using Plaza.Web.Modules.Notifications.Contracts;
using Plaza.Web.Platform.Web;

namespace Plaza.Web.Modules.Notifications;

/// <summary>
/// The kinds the modules registered (<see cref="NotificationKindRegistration"/>), in their order, and how a stored
/// notification reads in the reader's language. A kind no module registers any more (an old row) still reads as
/// "You have a new notification."
/// </summary>
internal sealed class NotificationKinds(IEnumerable<NotificationKindDefinition> kinds)
    : NamedRegistry<NotificationKindDefinition>(kinds, k => k.Name, k => k.Order)
{
    /// <summary>A kind as API clients write it: "order_status", "OrderStatus" or "orderstatus".</summary>
    public NotificationKindDefinition? FromApi(string name) => Find(name.Trim().Replace("_", "", StringComparison.Ordinal));

    /// <summary>A kind's name in the API's JSON ("OrderStatus" is "order_status"), as enums are written there.</summary>
    public static string ApiName(string name) => JsonNamingPolicy.SnakeCaseLower.ConvertName(name);

    public static IReadOnlyDictionary<string, string> Data(Notification n) =>
        JsonSerializer.Deserialize<Dictionary<string, string>>(n.Data) ?? [];

    public string Describe(IStringLocalizer L, Notification n) =>
        Find(n.Kind) is { } kind ? kind.Describe(L, new NotificationData(Data(n))) : L["You have a new notification."];

    public static string Label(IStringLocalizer L, NotificationKindDefinition kind) => L[kind.Label];
}
