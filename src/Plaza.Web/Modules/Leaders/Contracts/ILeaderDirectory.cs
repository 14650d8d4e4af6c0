namespace Plaza.Web.Modules.Leaders.Contracts;

/// <summary>Who leads group buying for a store, for modules that let leaders act for it (a live room, say).</summary>
internal interface ILeaderDirectory
{
    /// <summary>Whether <paramref name="accountId"/> is an approved, serving leader of the store.</summary>
    Task<bool> IsApprovedLeader(Guid storeId, Guid accountId, CancellationToken ct);
}
