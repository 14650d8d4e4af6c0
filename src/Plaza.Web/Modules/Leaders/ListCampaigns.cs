using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Plaza.Web.Platform.Data;
using Plaza.Web.Platform.Validation;

namespace Plaza.Web.Modules.Leaders;

/// <summary>A store's campaigns: the published ones still taking orders, or all of them for its staff.</summary>
internal static class ListCampaigns
{
    /// <summary>A store's published campaigns still taking orders, soonest cut-off first (all of them, newest first, for staff).</summary>
    public static async Task<IReadOnlyList<Campaign>> Execute(Guid storeId, bool all, PlazaDb db, DateTime now, CancellationToken ct)
    {
        var q = db.Set<Campaign>().AsNoTracking().Include(c => c.Items).Where(c => c.StoreId == storeId);
        if (all) return await q.OrderByDescending(c => c.CreatedAtUtc).Take(100).ToListAsync(ct);
        return await q.Where(c => c.PublishedAtUtc != null && c.CutOffUtc > now).OrderBy(c => c.CutOffUtc).Take(100).ToListAsync(ct);
    }

    public static async Task<Results<Ok<IReadOnlyList<CampaignView>>, ValidationProblem>> Handle(Guid? storeId, PlazaDb db, TimeProvider clock,
        CancellationToken ct)
    {
        if (storeId is null) return new Validator().Add("storeId", "Choose a store.").Problem();
        var now = clock.GetUtcNow().UtcDateTime;
        var list = await Execute(storeId.Value, all: false, db, now, ct);
        return TypedResults.Ok<IReadOnlyList<CampaignView>>(list.Select(c => CampaignView.From(c, now)).ToList());
    }
}
