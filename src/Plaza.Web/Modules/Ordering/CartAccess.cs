using Microsoft.EntityFrameworkCore;
using Plaza.Web.Modules.Catalog.Contracts;
using Plaza.Web.Platform.Data;

namespace Plaza.Web.Modules.Ordering;

/// <summary>Who the cart belongs to: a signed-in account, or a visitor's cookie token.</summary>
internal readonly record struct CartOwner(Guid? AccountId, string? VisitorToken)
{
    public bool IsKnown => AccountId is not null || VisitorToken is not null;
}

internal static class CartAccess
{
    public const string VisitorCookie = "plaza_cart";

    public static async Task<Cart?> Find(PlazaDb db, CartOwner owner, Guid storeId, CancellationToken ct) =>
        owner.AccountId is { } accountId
            ? await db.Set<Cart>().Include(c => c.Lines).FirstOrDefaultAsync(c => c.AccountId == accountId && c.StoreId == storeId, ct)
            : owner.VisitorToken is { } token
                ? await db.Set<Cart>().Include(c => c.Lines).FirstOrDefaultAsync(c => c.AnonymousToken == token && c.StoreId == storeId, ct)
                : null;

    public static async Task<Cart> FindOrCreate(PlazaDb db, CartOwner owner, Guid storeId, DateTime now, CancellationToken ct)
    {
        var cart = await Find(db, owner, storeId, ct);
        if (cart is not null) return cart;
        cart = owner.AccountId is { } accountId ? Cart.ForAccount(storeId, accountId, now) : Cart.ForVisitor(storeId, owner.VisitorToken!, now);
        db.Add(cart);
        return cart;
    }

    /// <summary>Prices and stock come from the catalog now, not from when the item was added.</summary>
    public static async Task<CartView> Price(Cart? cart, Guid storeId, ICatalogOffers catalog, string storeCurrency, CancellationToken ct)
    {
        if (cart is null || cart.Lines.Count == 0) return new CartView(storeId, [], 0, storeCurrency, 0, false);
        var offers = await catalog.Offers(storeId, cart.Lines.Select(l => l.SkuId).ToList(), ct);
        var lines = cart.Lines.Where(l => offers.ContainsKey(l.SkuId)).Select(l =>
        {
            var o = offers[l.SkuId];
            return new CartLineView(l.SkuId, o.ProductId, o.ProductName, o.SkuLabel, o.PhotoUrl, l.Quantity, o.PriceMinor,
                o.PriceMinor * l.Quantity, o.Stock, o.Available && o.Stock >= l.Quantity, l.SourceNoteId);
        }).OrderBy(l => l.ProductName).ToList();
        return new CartView(storeId, lines, lines.Sum(l => l.LineTotalMinor), storeCurrency, lines.Sum(l => l.Quantity),
            lines.Count > 0 && lines.All(l => l.Available));
    }
}
