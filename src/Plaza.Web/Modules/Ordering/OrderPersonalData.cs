using Microsoft.EntityFrameworkCore;
using Plaza.Web.Modules.Privacy.Contracts;
using Plaza.Web.Platform.Data;

namespace Plaza.Web.Modules.Ordering;

/// <summary>
/// Orders are kept for the merchant's accounts, under the pseudonymous account id, without the
/// delivery address or location; carts go.
/// </summary>
internal sealed class OrderPersonalData(PlazaDb db) : IPersonalDataContributor
{
    public string Section => "orders";

    public async Task<object?> Export(Guid accountId, CancellationToken ct)
    {
        var orders = await OrderAccess.WithDetails(db).AsNoTracking().Where(o => o.CustomerId == accountId)
            .OrderBy(o => o.PlacedAtUtc).ToListAsync(ct);
        var carts = await db.Set<Cart>().AsNoTracking().Include(c => c.Lines).Where(c => c.AccountId == accountId)
            .Select(c => new { c.StoreId, c.UpdatedAtUtc, Lines = c.Lines.Select(l => new { l.SkuId, l.Quantity, l.SourceNoteId }) }).ToListAsync(ct);
        return new { Orders = orders.Select(OrderView.From).ToList(), Carts = carts };
    }

    public async Task<IEnumerable<string>> Identifiers(Guid accountId, CancellationToken ct) =>
        await db.Set<Order>().Where(o => o.CustomerId == accountId && o.DeliveryAddress != null).Select(o => o.DeliveryAddress!).Distinct().ToListAsync(ct);

    public async Task Erase(Guid accountId, ContentChoice content, CancellationToken ct)
    {
        foreach (var order in await db.Set<Order>().Where(o => o.CustomerId == accountId && o.DeliveryAddress != null).ToListAsync(ct))
            order.ErasePersonalData();
        await db.SaveChangesAsync(ct);
        await db.Set<Cart>().Where(c => c.AccountId == accountId).ExecuteDeleteAsync(ct);
    }
}
