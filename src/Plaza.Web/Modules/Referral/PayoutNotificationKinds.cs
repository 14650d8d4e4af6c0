using Plaza.Web.Modules.Notifications.Contracts;

namespace Plaza.Web.Modules.Referral;

/// <summary>
/// What a promoter hears when staff settle a withdrawal (<see cref="SettleWithdrawal"/>), registered in
/// <see cref="ReferralModule.AddReferral"/>.
/// </summary>
internal static class PayoutNotificationKinds
{
    public static readonly NotificationKindDefinition Payout = new("Payout", "My promoter withdrawals", Order: 110,
        (L, data) => data["outcome"] == "paid"
            ? L["Your withdrawal of {0} was paid to your bank (reference {1}).", data.Money("amountMinor"), data["reference"]]
            : L["Your withdrawal of {0} was turned down and is back in your wallet. Reason: {1}", data.Money("amountMinor"), data["reason"]]);
}
