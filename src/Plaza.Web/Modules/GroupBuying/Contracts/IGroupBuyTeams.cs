namespace Plaza.Web.Modules.GroupBuying.Contracts;

/// <summary>A team as a share link shows it: what it buys, where, at what price, and its page.</summary>
internal sealed record TeamSummary(Guid Id, Guid StoreId, string ProductName, long GroupPriceMinor, string Currency, string Url);

/// <summary>What other modules (Sharing) may ask about group-buy teams.</summary>
internal interface IGroupBuyTeams
{
    Task<TeamSummary?> Find(Guid teamId, CancellationToken ct);
}
