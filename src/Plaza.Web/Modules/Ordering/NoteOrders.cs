using Microsoft.EntityFrameworkCore;
using Plaza.Web.Modules.Ordering.Contracts;
using Plaza.Web.Platform.Data;

namespace Plaza.Web.Modules.Ordering;

internal sealed class NoteOrders(PlazaDb db) : INoteOrders
{
    public Task<int> OrdersStartedFrom(Guid noteId, CancellationToken ct) =>
        (from l in db.Set<OrderLine>()
         join o in db.Set<Order>() on l.OrderId equals o.Id
         where l.SourceNoteId == noteId && o.Status != OrderStatus.Cancelled
               && (o.PaymentState == PaymentState.Paid || o.PaymentState == PaymentState.PartiallyRefunded)
         select o.Id).Distinct().CountAsync(ct);
}
