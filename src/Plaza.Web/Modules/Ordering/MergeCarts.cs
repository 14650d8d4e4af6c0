using Microsoft.EntityFrameworkCore;
using Plaza.Web.Platform.Data;

namespace Plaza.Web.Modules.Ordering;

/// <summary>After signing in, what a visitor put in their carts moves into their account's carts.</summary>
internal static class MergeCarts
{
    public static async Task Execute(string visitorToken, Guid accountId, PlazaDb db, TimeProvider clock, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var visitorCarts = await db.Set<Cart>().Include(c => c.Lines).Where(c => c.AnonymousToken == visitorToken).ToListAsync(ct);
        foreach (var visitorCart in visitorCarts)
        {
            var cart = await CartAccess.FindOrCreate(db, new CartOwner(accountId, null), visitorCart.StoreId, now, ct);
            cart.MergeFrom(visitorCart, now);
            db.Remove(visitorCart);
        }
        await db.SaveChangesAsync(ct);
    }
}
