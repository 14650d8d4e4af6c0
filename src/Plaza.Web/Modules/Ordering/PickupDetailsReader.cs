using Microsoft.EntityFrameworkCore;
using Plaza.Web.Modules.Ordering.Contracts;
using Plaza.Web.Platform.Data;

namespace Plaza.Web.Modules.Ordering;

internal sealed class PickupDetailsReader(PlazaDb db) : IPickupDetails
{
    public async Task<PickupDetails?> Find(Guid orderId, CancellationToken ct) =>
        await db.Set<Order>().AsNoTracking()
            .Where(o => o.Id == orderId && o.Fulfilment == Fulfilment.Pickup && o.PickupPointName != null && o.PickupCode != null)
            .Select(o => new PickupDetails(o.PickupPointName!, o.PickupCode!)).FirstOrDefaultAsync(ct);
}
