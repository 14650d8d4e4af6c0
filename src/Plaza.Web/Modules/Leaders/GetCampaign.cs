using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Plaza.Web.Platform.Auth;
using Plaza.Web.Platform.Data;

namespace Plaza.Web.Modules.Leaders;

/// <summary>One campaign with its items.</summary>
internal static class GetCampaign
{
    /// <summary>A published campaign for anyone; a draft only for the store's staff.</summary>
    public static async Task<Results<Ok<CampaignView>, NotFound>> Handle(Guid id, ClaimsPrincipal user, PlazaDb db, TimeProvider clock, CancellationToken ct)
    {
        var c = await db.Set<Campaign>().AsNoTracking().Include(x => x.Items).FirstOrDefaultAsync(x => x.Id == id, ct);
        if (c is null || (!c.IsPublished && !user.IsStaffOf(c.StoreId))) return TypedResults.NotFound();
        return TypedResults.Ok(CampaignView.From(c, clock.GetUtcNow().UtcDateTime));
    }
}
