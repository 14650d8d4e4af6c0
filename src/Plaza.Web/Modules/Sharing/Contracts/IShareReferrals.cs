namespace Plaza.Web.Modules.Sharing.Contracts;

/// <summary>The link an account signed up through: whose it was, and when.</summary>
internal sealed record SignupSource(Guid SharerAccountId, DateTime SignedUpAtUtc);

/// <summary>What came through all of one sharer's links: visits, sign-ups, and orders by other people.</summary>
internal sealed record SharerTotals(int Visits, int Signups, int Orders);

/// <summary>What Referral may ask Sharing (read-only): who brought an account in, and what a sharer's links did.</summary>
internal interface IShareReferrals
{
    /// <summary>The link's sharer and the time of sign-up; null when the account did not sign up through a link.</summary>
    Task<SignupSource?> SignedUpThrough(Guid accountId, CancellationToken ct);

    /// <summary>Whether the order was the sharer's own purchase through their own link.</summary>
    Task<bool> IsSelfPurchase(Guid orderId, CancellationToken ct);

    /// <summary>Totals over every link of the sharer.</summary>
    Task<SharerTotals> Totals(Guid sharerAccountId, CancellationToken ct);

    /// <summary>How many accounts signed up through the sharer's links at or after <paramref name="sinceUtc"/>.</summary>
    Task<int> SignupsSince(Guid sharerAccountId, DateTime sinceUtc, CancellationToken ct);
}
