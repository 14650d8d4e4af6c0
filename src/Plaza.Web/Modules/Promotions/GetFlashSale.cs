using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Plaza.Web.Platform.Data;

namespace Plaza.Web.Modules.Promotions;

/// <summary>One flash sale with what is left of it.</summary>
internal static class GetFlashSale
{
    public static async Task<Results<Ok<FlashSaleView>, NotFound>> Handle(Guid id, PlazaDb db, TimeProvider clock, CancellationToken ct) =>
        await db.Set<FlashSale>().AsNoTracking().SingleOrDefaultAsync(s => s.Id == id, ct) is { } sale
            ? TypedResults.Ok(FlashSaleView.From(sale, clock.GetUtcNow().UtcDateTime)) : TypedResults.NotFound();
}
