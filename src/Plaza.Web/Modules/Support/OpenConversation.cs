using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Plaza.Web.Modules.Catalog.Contracts;
using Plaza.Web.Modules.Ordering.Contracts;
using Plaza.Web.Modules.Stores.Contracts;
using Plaza.Web.Platform.Auth;
using Plaza.Web.Platform.Data;
using Plaza.Web.Platform.Localization;
using Plaza.Web.Platform.Validation;

namespace Plaza.Web.Modules.Support;

/// <summary>
/// A shopper opens a conversation with a store, from the store's page, a product, one of their orders or their account,
/// with that order or product attached; a first message, if given, is answered at once.
/// </summary>
internal static class OpenConversation
{
    public sealed record OpenRequest(Guid? StoreId, Guid? OrderId, Guid? ProductId, string? Text);

    /// <returns>null when there is no such store.</returns>
    public static async Task<Outcome<Conversation>?> Execute(OpenRequest r, ClaimsPrincipal user, PlazaDb db, IStoreDirectory stores,
        IOrderAmounts orders, IProductSummaries products, PostCustomerMessage post, SupportNews news, TimeProvider clock, CancellationToken ct)
    {
        var v = new Validator().Check(r.StoreId is not null, "storeId", "Choose the store to talk to.")
            .Text(r.Text, "text", SupportMessage.TextMax, required: false);
        if (!v.IsValid) return v;
        var storeId = r.StoreId!.Value;
        if (await stores.Terms(storeId, ct) is null) return null;
        var me = user.RequiredAccountId();
        // Another person's order, or one from another store, is refused the same way as one that does not exist.
        if (r.OrderId is { } orderId && (await orders.Find(orderId, ct) is not { } order || order.CustomerId != me || order.StoreId != storeId))
            return v.Add("orderId", "Choose one of your orders at this store.");
        if (r.ProductId is { } productId && await products.Find(storeId, productId, ct) is null)
            return v.Add("productId", "Choose a product this store sells.");

        var culture = CultureScope.ForCulture(CultureInfo.CurrentUICulture.Name);
        var c = Conversation.Open(storeId, me, r.OrderId, r.ProductId, culture, clock.GetUtcNow().UtcDateTime);
        db.Add(c);
        await db.SaveChangesAsync(ct);
        if (!string.IsNullOrWhiteSpace(r.Text)) await post.Execute(c.Id, r.Text, null, user, ct); // the inbox hears of it with the message
        else await news.Opened(c, ct);
        return c;
    }

    public static async Task<Results<Created<ConversationDetail>, ValidationProblem, NotFound>> Handle(OpenRequest request, ClaimsPrincipal user,
        PlazaDb db, IStoreDirectory stores, IOrderAmounts orders, IProductSummaries products, PostCustomerMessage post, SupportNews news,
        SupportReader reader, TimeProvider clock, CancellationToken ct)
    {
        if (await Execute(request, user, db, stores, orders, products, post, news, clock, ct) is not { } outcome) return TypedResults.NotFound();
        if (!outcome.Ok) return TypedResults.ValidationProblem(outcome.Errors!);
        var c = await reader.Find(outcome.Value!.Id, ct);
        return TypedResults.Created($"/api/v1/support/conversations/{c!.Id}", await reader.Detail(c, forAgents: false, ct));
    }
}
