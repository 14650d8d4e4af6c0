using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Plaza.Web.Modules.Catalog.Contracts;
using Plaza.Web.Modules.Ordering.Contracts;
using Plaza.Web.Platform.Data;
using Plaza.Web.Platform.Events;

namespace Plaza.Web.Modules.Referral;

/// <summary>
/// An order completed: if its customer is bound to a promoter (at the time the order was placed), commission
/// is written for level 1 and level 2 on what the customer kept of the lines' net amounts (after discounts and
/// refunds so far, never the delivery fee), at the store's rates, frozen until the after-sales window closes.
/// Once per (order, level): a second delivery of the event finds the rows and does nothing.
/// </summary>
internal sealed class EarnCommission(PlazaDb db, IOrderAmounts orders, ICatalogOffers catalog, ReferralBindings bindings, IOptions<ReferralOptions> options)
    : IEventHandler<OrderStatusChanged>
{
    public async Task Handle(OrderStatusChanged e, Guid eventId, CancellationToken ct)
    {
        if (e.To != OrderStatus.Completed) return;
        if (await db.Set<Commission>().AnyAsync(c => c.OrderId == e.OrderId, ct)) return;
        var order = await orders.Find(e.OrderId, ct);
        if (order is not { Status: OrderStatus.Completed }) return;

        var upline = await bindings.UplineFor(order.OrderId, order.CustomerId, order.PlacedAtUtc, ct);
        if (upline.Level1 is null) return;

        var rates = await db.Set<CommissionRate>().AsNoTracking().Where(r => r.StoreId == order.StoreId).ToListAsync(ct);
        var offers = await catalog.Offers(order.StoreId, order.Lines.Select(l => l.SkuId).ToList(), ct);
        var lines = order.Lines.Select(l => new RatedLine(l.ProductId, offers.GetValueOrDefault(l.SkuId)?.CategoryId, l.KeptMinor)).ToList();
        var basis = lines.Sum(l => l.AmountMinor);
        var earned = new List<Commission>();
        foreach (var (level, promoter) in upline.Earners())
        {
            var amount = ReferralRules.Amount(rates, lines, level);
            if (amount <= 0) continue;
            earned.Add(Commission.Earn(order.OrderId, level, promoter, order.CustomerId, order.StoreId, basis, amount, order.Currency,
                e.AtUtc, e.AtUtc + options.Value.AfterSalesWindow));
        }
        // Another node handling the same event at the same moment: its rows stand.
        await db.InsertOnceAsync(earned, ct);
    }
}
