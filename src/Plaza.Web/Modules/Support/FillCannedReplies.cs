using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Plaza.Web.Modules.Identity.Contracts;
using Plaza.Web.Modules.Ordering.Contracts;
using Plaza.Web.Modules.Stores.Contracts;
using Plaza.Web.Platform.Data;

namespace Plaza.Web.Modules.Support;

/// <summary>A saved reply ready to send in one conversation; <c>Missing</c> names the variables left in the text for want of a value.</summary>
internal sealed record FilledReplyView(Guid Id, string Title, string Text, IReadOnlyList<string> Missing);

/// <summary>
/// The store's saved replies filled for one conversation: the customer's name, the order (the one attached to the conversation,
/// else the customer's newest here) and its pickup code once the order shows one, and the store's name. Orders are looked up
/// for the conversation's customer only (<see cref="IOrderLookup"/>), so nothing of anyone else's can be filled in.
/// </summary>
internal static class FillCannedReplies
{
    /// <returns>null when the conversation does not exist or is not the caller's store's.</returns>
    public static async Task<IReadOnlyList<FilledReplyView>?> Execute(Guid conversationId, ClaimsPrincipal user, SupportReader reader, PlazaDb db,
        IAccountDirectory accounts, IOrderLookup orders, IStoreDirectory stores, CancellationToken ct)
    {
        var c = await reader.Find(conversationId, ct);
        if (c is null || !SupportAccess.IsAgent(c, user)) return null;
        return await For(c, db, accounts, orders, stores, ct);
    }

    public static async Task<IReadOnlyList<FilledReplyView>> For(Conversation c, PlazaDb db, IAccountDirectory accounts, IOrderLookup orders,
        IStoreDirectory stores, CancellationToken ct)
    {
        var replies = await ListCannedReplies.Execute(c.StoreId, db, ct);
        if (replies.Count == 0) return [];
        var values = await Values(c, accounts, orders, stores, ct);
        return replies.Select(r =>
        {
            var filled = CannedReply.Fill(r.Body, values);
            return new FilledReplyView(r.Id, r.Title, filled.Text, filled.Missing);
        }).ToList();
    }

    private static async Task<IReadOnlyDictionary<string, string?>> Values(Conversation c, IAccountDirectory accounts, IOrderLookup orders,
        IStoreDirectory stores, CancellationToken ct)
    {
        var attached = c.OrderId is { } id ? await orders.Find(c.CustomerId, id, ct) : null;
        var order = attached?.StoreId == c.StoreId ? attached : (await orders.Recent(c.CustomerId, c.StoreId, 1, ct)) is [var newest, ..] ? newest : null;
        return new Dictionary<string, string?>
        {
            [CannedReply.CustomerName] = (await accounts.People([c.CustomerId], ct)).GetValueOrDefault(c.CustomerId)?.DisplayName,
            [CannedReply.OrderNumber] = order?.Number,
            [CannedReply.PickupCode] = order?.PickupCode,
            [CannedReply.StoreName] = (await stores.Names([c.StoreId], ct)).GetValueOrDefault(c.StoreId),
        };
    }

    public static async Task<Results<Ok<IReadOnlyList<FilledReplyView>>, NotFound>> Handle(Guid id, ClaimsPrincipal user, SupportReader reader,
        PlazaDb db, IAccountDirectory accounts, IOrderLookup orders, IStoreDirectory stores, CancellationToken ct) =>
        await Execute(id, user, reader, db, accounts, orders, stores, ct) is { } filled ? TypedResults.Ok(filled) : TypedResults.NotFound();
}
