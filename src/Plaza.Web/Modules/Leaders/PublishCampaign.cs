using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Plaza.Web.Platform.Auth;
using Plaza.Web.Platform.Data;

namespace Plaza.Web.Modules.Leaders;

/// <summary>Store staff publish a draft campaign: leaders' pages start taking orders for it.</summary>
internal static class PublishCampaign
{
    /// <returns>null when there is no such campaign or the user is not staff at its store.</returns>
    public static async Task<Campaign?> Execute(Guid id, ClaimsPrincipal user, PlazaDb db, TimeProvider clock, CancellationToken ct)
    {
        var campaign = await db.Set<Campaign>().Include(c => c.Items).FirstOrDefaultAsync(c => c.Id == id, ct);
        if (campaign is null || !user.IsStaffOf(campaign.StoreId)) return null;
        campaign.Publish(clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(ct);
        return campaign;
    }

    public static async Task<Results<Ok<CampaignView>, NotFound>> Handle(Guid id, ClaimsPrincipal user, PlazaDb db, TimeProvider clock,
        CancellationToken ct) =>
        await Execute(id, user, db, clock, ct) is { } c ? TypedResults.Ok(CampaignView.From(c, clock.GetUtcNow().UtcDateTime)) : TypedResults.NotFound();
}
