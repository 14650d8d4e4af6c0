using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Plaza.Web.Modules.Catalog.Contracts;
using Plaza.Web.Modules.Ordering.Contracts;
using Plaza.Web.Modules.Payments.Contracts;
using Plaza.Web.Platform.Data;
using Plaza.Web.Platform.Jobs;

namespace Plaza.Web.Modules.Ordering;

/// <summary>
/// An order not paid within the payment window (default 15 minutes) cancels itself and its stock
/// goes back. Safe on several nodes at once: the order's version token lets only one cancel win,
/// and a payment that lands at the same moment makes the cancellation lose instead.
/// </summary>
internal sealed class ExpireUnpaidOrders(IServiceScopeFactory scopes, IOptions<OrderingOptions> options,
    ILogger<ExpireUnpaidOrders> log) : PeriodicSweep(scopes, log)
{
    public static async Task<int> SweepAsync(IServiceProvider sp, CancellationToken ct)
    {
        var db = sp.GetRequiredService<PlazaDb>();
        var clock = sp.GetRequiredService<TimeProvider>();
        var now = clock.GetUtcNow().UtcDateTime;
        var due = await db.Set<Order>().Where(o => o.Status == OrderStatus.AwaitingPayment && o.PayByUtc <= now)
            .OrderBy(o => o.PayByUtc).Select(o => o.Id).Take(200).ToListAsync(ct);
        var expired = 0;
        foreach (var id in due)
        {
            db.ChangeTracker.Clear();
            var order = await OrderAccess.WithDetails(db).FirstAsync(o => o.Id == id, ct);
            if (!order.IsOverdue(now)) continue;
            try
            {
                await CancelOrder.CancelWithinTransaction(order, null, ActorKind.System, "Not paid in time",
                    db, sp.GetRequiredService<IStock>(), sp.GetRequiredService<IRefundGateway>(), clock, ct);
                expired++;
            }
            catch (DbUpdateConcurrencyException)
            {
                // Paid (or cancelled) in the meantime: nothing to do.
            }
        }
        return expired;
    }

    protected override TimeSpan Period => TimeSpan.FromSeconds(Math.Max(1, options.Value.ExpirySweepSeconds));

    protected override Task<int> Sweep(IServiceProvider services, CancellationToken ct) => SweepAsync(services, ct);

    protected override void Report(int count) => log.LogInformation("Cancelled {Count} unpaid orders", count);
}
