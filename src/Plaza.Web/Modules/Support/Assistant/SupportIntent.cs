namespace Plaza.Web.Modules.Support.Assistant;

/// <summary>
/// What a shopper's message to a store asks for. The assistant answers the data intents from the shopper's own records
/// (never anyone else's), greets and thanks back without data, and hands the conversation to a person for
/// <see cref="Human"/>, <see cref="Other"/> and <see cref="Unknown"/>. Each has a stable kebab-case name (<see cref="SupportIntents.Name"/>)
/// used in the corpus, logs and stored conversations; rename the C# member freely, never the name.
/// </summary>
internal enum SupportIntent
{
    /// <summary>Not sure enough of any intent (below <see cref="IntentRecogniser.Threshold"/>): hand over. "unknown"; never a corpus label.</summary>
    Unknown,

    /// <summary>Understood, but not something the assistant answers (products, complaints, changes, other people's data). "other"</summary>
    Other,

    /// <summary>Where an order is, whether it shipped or is ready. "order-status"</summary>
    OrderStatus,

    /// <summary>The code shown at the counter or typed at a locker to collect an order. "pickup-code"</summary>
    PickupCode,

    /// <summary>Whether a refund already agreed has been paid, and when it will be. Asking for a new refund is <see cref="Other"/>. "refund-status"</summary>
    RefundStatus,

    /// <summary>Loyalty points: balance, what was earned, what expires when. "points-balance"</summary>
    PointsBalance,

    /// <summary>Which coupons the shopper has and can use, and why one does not apply. "coupons"</summary>
    Coupons,

    /// <summary>The shopper's membership tier, its benefits and what is missing for the next. "membership-tier"</summary>
    MembershipTier,

    /// <summary>When the store opens and closes. "store-hours"</summary>
    StoreHours,

    /// <summary>Whether the store delivers to a place, how far, and what delivery costs. "delivery-area"</summary>
    DeliveryArea,

    /// <summary>Asks for a person (agent, staff, 人工客服). "human"</summary>
    Human,

    /// <summary>Hello and nothing else. "greeting"</summary>
    Greeting,

    /// <summary>Thanks or goodbye and nothing else. "thanks"</summary>
    Thanks,
}

/// <summary>The stable names of <see cref="SupportIntent"/>.</summary>
internal static class SupportIntents
{
    private static readonly Dictionary<SupportIntent, string> Names = new()
    {
        [SupportIntent.Unknown] = "unknown",
        [SupportIntent.Other] = "other",
        [SupportIntent.OrderStatus] = "order-status",
        [SupportIntent.PickupCode] = "pickup-code",
        [SupportIntent.RefundStatus] = "refund-status",
        [SupportIntent.PointsBalance] = "points-balance",
        [SupportIntent.Coupons] = "coupons",
        [SupportIntent.MembershipTier] = "membership-tier",
        [SupportIntent.StoreHours] = "store-hours",
        [SupportIntent.DeliveryArea] = "delivery-area",
        [SupportIntent.Human] = "human",
        [SupportIntent.Greeting] = "greeting",
        [SupportIntent.Thanks] = "thanks",
    };

    private static readonly Dictionary<string, SupportIntent> ByName = Names.ToDictionary(p => p.Value, p => p.Key, StringComparer.Ordinal);

    /// <summary>Every intent a message can be labelled with (all but <see cref="SupportIntent.Unknown"/>), in declaration order.</summary>
    public static IReadOnlyList<SupportIntent> Labels { get; } = [.. Enum.GetValues<SupportIntent>().Where(i => i != SupportIntent.Unknown)];

    /// <summary>"order-status" for <see cref="SupportIntent.OrderStatus"/>.</summary>
    public static string Name(this SupportIntent intent) => Names[intent];

    public static bool TryParse(string? name, out SupportIntent intent) => ByName.TryGetValue(name?.Trim() ?? "", out intent);
}
