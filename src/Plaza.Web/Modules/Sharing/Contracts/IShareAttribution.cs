namespace Plaza.Web.Modules.Sharing.Contracts;

/// <summary>
/// Where sign-ups and orders tell Sharing that they may have come through a share link. Both methods
/// only add rows to the caller's unit of work (the scoped PlazaDb): the caller's SaveChanges or
/// transaction writes them together with the account or the order, or not at all. An unknown or
/// malformed code is ignored: a stale link never stops anyone signing up or buying.
/// </summary>
internal interface IShareAttribution
{
    /// <summary>The browser name of the cookie that carries the last share code a visitor followed.</summary>
    const string CookieName = "plaza_ref";

    /// <summary>A new account created while carrying <paramref name="shareCode"/>.</summary>
    Task RecordSignup(Guid accountId, string? shareCode, CancellationToken ct);

    /// <summary>
    /// An order placed for <paramref name="customerId"/>: attributed to <paramref name="shareCode"/>'s
    /// link if given and known, else to the link the customer signed up through if that was within the
    /// attribution window. Returns whether it was attributed.
    /// </summary>
    Task<bool> RecordOrder(Guid orderId, Guid customerId, string? shareCode, CancellationToken ct);
}
