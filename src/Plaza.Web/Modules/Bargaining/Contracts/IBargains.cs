namespace Plaza.Web.Modules.Bargaining.Contracts;

/// <summary>A bargain as a share link shows it: what it buys, the price reached so far, its page.</summary>
internal sealed record BargainSummary(Guid Id, Guid StoreId, string ProductName, long CurrentPriceMinor, string Currency, string Url);

/// <summary>What other modules (Sharing) may ask about bargains.</summary>
internal interface IBargains
{
    Task<BargainSummary?> Find(Guid bargainId, CancellationToken ct);
}
