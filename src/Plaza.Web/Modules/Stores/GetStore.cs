using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Plaza.Web.Modules.Stores.Contracts;
using Plaza.Web.Platform.Data;

namespace Plaza.Web.Modules.Stores;

internal static class GetStore
{
    public static Task<Store?> Load(PlazaDb db, Guid id, CancellationToken ct) =>
        db.Set<Store>().AsNoTracking().Include(s => s.PickupPoints).FirstOrDefaultAsync(s => s.Id == id, ct);

    public static async Task<Results<Ok<StoreView>, NotFound>> Handle(Guid id, PlazaDb db, CancellationToken ct) =>
        await Load(db, id, ct) is { } store ? TypedResults.Ok(StoreView.From(store)) : TypedResults.NotFound();

    public static async Task<Results<Ok<IReadOnlyList<DeliverySlot>>, NotFound>> HandleSlots(Guid id, PlazaDb db, TimeProvider clock, CancellationToken ct) =>
        await Load(db, id, ct) is { } store
            ? TypedResults.Ok(DeliverySlots.For(store, clock.GetUtcNow().UtcDateTime))
            : TypedResults.NotFound();
}
