using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Plaza.Web.Modules.Catalog.Contracts;
using Plaza.Web.Modules.Stores.Contracts;
using Plaza.Web.Platform.Auth;
using Plaza.Web.Platform.Data;
using Plaza.Web.Platform.Validation;

namespace Plaza.Web.Modules.Ordering;

/// <summary>See the cart, set a line's quantity (0 removes it), or add to a line.</summary>
internal static class ManageCart
{
    /// <param name="NoteId">The note whose buy link the shopper followed, if any. It is remembered on the line and only
    /// checked when the order is placed.</param>
    public sealed record CartLineRequest(Guid? StoreId, Guid? SkuId, int? Quantity, Guid? NoteId = null);

    public static async Task<CartView?> View(CartOwner owner, Guid storeId, PlazaDb db, IStoreDirectory stores, ICatalogOffers catalog, CancellationToken ct)
    {
        var terms = await stores.Terms(storeId, ct);
        if (terms is null) return null;
        return await CartAccess.Price(await CartAccess.Find(db, owner, storeId, ct), storeId, catalog, terms.Currency, ct);
    }

    /// <param name="add">true: add to what is there (product page); false: set the quantity (cart page, API).</param>
    public static async Task<Outcome<CartView>> Change(CartOwner owner, CartLineRequest r, bool add, PlazaDb db, IStoreDirectory stores, ICatalogOffers catalog,
        TimeProvider clock, CancellationToken ct)
    {
        var v = new Validator()
            .Check(r.StoreId is not null, "storeId", "Choose a store.")
            .Check(r.SkuId is not null, "skuId", "Choose an item.")
            .Check(r.Quantity is >= 0 and <= Cart.MaxQuantity && !(add && r.Quantity == 0),
                "quantity", $"Choose a quantity from {(add ? 1 : 0)} to {Cart.MaxQuantity}.");
        if (!v.IsValid) return v;
        var terms = await stores.Terms(r.StoreId!.Value, ct);
        if (terms is null) return new Validator().Add("storeId", "No such store.");
        var now = clock.GetUtcNow().UtcDateTime;
        if (!add && r.Quantity == 0)
        {
            // Removing always works, even for an item the store no longer sells (else it would block checkout for good).
            var existing = await CartAccess.Find(db, owner, terms.Id, ct);
            existing?.SetQuantity(r.SkuId!.Value, 0, now);
            await db.SaveChangesAsync(ct);
            return await CartAccess.Price(existing, terms.Id, catalog, terms.Currency, ct);
        }
        var offers = await catalog.Offers(terms.Id, [r.SkuId!.Value], ct);
        if (!offers.TryGetValue(r.SkuId.Value, out var offer) || !offer.Available)
            return new Validator().Add("skuId", "This store does not sell that item.");

        var cart = await CartAccess.FindOrCreate(db, owner, terms.Id, now, ct);
        if (add) cart.Add(offer.SkuId, r.Quantity!.Value, now, r.NoteId);
        else
        {
            cart.SetQuantity(offer.SkuId, r.Quantity!.Value, now);
            cart.RememberNote(offer.SkuId, r.NoteId);
        }
        await db.SaveChangesAsync(ct);
        return await CartAccess.Price(cart, terms.Id, catalog, terms.Currency, ct);
    }

    public static async Task<Results<Ok<CartView>, NotFound>> HandleGet(Guid storeId, ClaimsPrincipal user, PlazaDb db, IStoreDirectory stores,
        ICatalogOffers catalog, CancellationToken ct) =>
        await View(new CartOwner(user.RequiredAccountId(), null), storeId, db, stores, catalog, ct) is { } view
            ? TypedResults.Ok(view) : TypedResults.NotFound();

    public static async Task<Results<Ok<CartView>, ValidationProblem>> HandlePut(CartLineRequest request, ClaimsPrincipal user, PlazaDb db,
        IStoreDirectory stores, ICatalogOffers catalog, TimeProvider clock, CancellationToken ct)
        => (await Change(new CartOwner(user.RequiredAccountId(), null), request, add: false, db, stores, catalog, clock, ct)).OkOr(cart => cart);
}
