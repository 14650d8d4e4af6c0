namespace Plaza.Web.Modules.Sharing.Contracts;

/// <summary>
/// A kind of thing people can share, registered by the module that owns it with
/// <see cref="ShareTargetRegistration.AddShareTarget"/>, so Sharing knows none of them.
/// </summary>
/// <param name="Name">Stored with each link ("Product"); the API takes it in any case and gives it in lower case. Never rename one: old links keep it.</param>
/// <param name="Order">Where it stands when the API lists the kinds, smallest first.</param>
/// <param name="InStore">
/// Shared as one store sells it: its links name the store (a link to anything else never does), and its share page offers
/// a poster for the store.
/// </param>
/// <param name="Finder">The owning module's <see cref="IShareTargetFinder"/>, resolved from the request's services.</param>
internal sealed record ShareTargetDefinition(string Name, int Order, bool InStore, Type Finder);

/// <summary>A shared thing as a page: its address and what to call it; for a thing sold in a store, the store and a price.</summary>
internal sealed record SharedPage(string Url, string Title, string? StoreName = null, long? PriceMinor = null, string? Currency = null);

/// <summary>How Sharing finds one kind of thing by id, through the module that owns it.</summary>
internal interface IShareTargetFinder
{
    /// <param name="storeId">The store it is shared as sold in, for a kind registered <see cref="ShareTargetDefinition.InStore"/>; else null.</param>
    /// <returns>Null when it does not exist (any more) or may not be shared.</returns>
    Task<SharedPage?> Find(Guid targetId, Guid? storeId, CancellationToken ct);
}
