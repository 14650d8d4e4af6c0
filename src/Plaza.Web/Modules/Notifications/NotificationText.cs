using System.Text.Json;
using Microsoft.Extensions.Localization;
using Plaza.Web.Modules.Ordering.Contracts;
using Plaza.Web.Platform.Web;

namespace Plaza.Web.Modules.Notifications;

/// <summary>Turns a notification's stored facts into a sentence in the reader's language.</summary>
internal static class NotificationText
{
    public static IReadOnlyDictionary<string, string> Data(Notification n) =>
        JsonSerializer.Deserialize<Dictionary<string, string>>(n.Data) ?? [];

    public static string Describe(IStringLocalizer L, Notification n)
    {
        var data = Data(n);
        var number = data.GetValueOrDefault("number", "");
        return n.Kind switch
        {
            NotificationKind.OrderStatus => data.GetValueOrDefault("status") switch
            {
                "Paid" => L["Order {0} is paid. Thank you!", number],
                "Preparing" => L["The store is preparing order {0}.", number],
                "ReadyForPickup" when data.GetValueOrDefault("point") is { Length: > 0 } point && data.GetValueOrDefault("code") is { Length: > 0 } code =>
                    L["Order {0} is ready to collect at {1}. Bring pickup code {2}.", number, point, code],
                "ReadyForPickup" => L["Order {0} is ready to collect. Show your pickup code.", number],
                "OutForDelivery" => L["Order {0} is on its way to you.", number],
                "Completed" => L["Order {0} is complete.", number],
                "Cancelled" => L["Order {0} was cancelled.", number],
                _ => L["Order {0} has changed.", number],
            },
            NotificationKind.ContentRemoved => L["A moderator removed what you wrote. Reason: {0}", data.GetValueOrDefault("reason", "")],
            NotificationKind.ModeratorWarning => L["A moderator sent you a warning: {0}", data.GetValueOrDefault("message", "")],
            NotificationKind.Like => L["Someone liked your note."],
            NotificationKind.Comment => L["Someone commented on your note."],
            NotificationKind.Reply => L["Someone replied to your comment."],
            NotificationKind.Mention => L["Someone mentioned you in a comment."],
            NotificationKind.NewFollower => L["Someone new follows you."],
            NotificationKind.GroupBuy => data.GetValueOrDefault("outcome") == "complete"
                ? L["Your team for {0} is complete. Your order goes ahead.", data.GetValueOrDefault("product", "")]
                : L["Your team for {0} did not fill in time. Your money is refunded.", data.GetValueOrDefault("product", "")],
            NotificationKind.Bargain => data.GetValueOrDefault("outcome") == "expired"
                ? L["Time is up for your bargain on {0}: it ended at {1} without being bought. You can start a new one.",
                    data.GetValueOrDefault("product", ""), Money(data, "priceMinor")]
                : L["A friend cut {0} off {1}: your price is now {2}.", Money(data, "amountMinor"), data.GetValueOrDefault("product", ""), Money(data, "priceMinor")],
            NotificationKind.Payout => data.GetValueOrDefault("outcome") == "paid"
                ? L["Your withdrawal of {0} was paid to your bank (reference {1}).", Money(data, "amountMinor"), data.GetValueOrDefault("reference", "")]
                : L["Your withdrawal of {0} was turned down and is back in your wallet. Reason: {1}", Money(data, "amountMinor"), data.GetValueOrDefault("reason", "")],
            NotificationKind.Coupon => L["You have a new coupon: {0}. Use it at checkout with the code {1}.", data.GetValueOrDefault("name", ""), data.GetValueOrDefault("code", "")],
            NotificationKind.LeaderCampaign => L["Campaign {0} closed: {1} orders, pick list ready.", data.GetValueOrDefault("campaign", ""), data.GetValueOrDefault("orders", "0")],
            NotificationKind.FlashSale => L["The flash sale {0} has started: {1} while stocks last.", data.GetValueOrDefault("title", ""), Money(data, "priceMinor")],
            _ => L["You have a new notification."],
        };
    }

    public static string KindLabel(IStringLocalizer L, NotificationKind kind) => kind switch
    {
        NotificationKind.OrderStatus => L["Changes to my orders"],
        NotificationKind.NewFollower => L["New followers"],
        NotificationKind.Like => L["Likes"],
        NotificationKind.Comment => L["Comments"],
        NotificationKind.Reply => L["Replies"],
        NotificationKind.Mention => L["Mentions"],
        NotificationKind.ContentRemoved => L["My content removed by a moderator"],
        NotificationKind.ModeratorWarning => L["Warnings from moderators"],
        NotificationKind.GroupBuy => L["My group-buy teams"],
        NotificationKind.Bargain => L["My bargains: friends' cuts and time up"],
        NotificationKind.Payout => L["My promoter withdrawals"],
        NotificationKind.Coupon => L["Coupons a store gives me"],
        NotificationKind.LeaderCampaign => L["My leader campaigns closing"],
        NotificationKind.FlashSale => L["Flash sales I asked to be reminded of"],
        _ => kind.ToString(),
    };

    private static string Money(IReadOnlyDictionary<string, string> data, string key) =>
        long.TryParse(data.GetValueOrDefault(key), System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var minor)
            ? MoneyFormat.Format(minor, data.GetValueOrDefault("currency", "GBP"))
            : "";
}
