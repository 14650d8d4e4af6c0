using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Plaza.Web.Platform.Auth;
using Plaza.Web.Platform.Data;
using Plaza.Web.Platform.Errors;

namespace Plaza.Web.Modules.Leaders;

/// <summary>Store staff delete a draft campaign they no longer want. A published one has orders to honour: close its orders instead.</summary>
internal static class DiscardCampaign
{
    /// <returns>false when there is no such campaign or the user is not staff at its store.</returns>
    public static async Task<bool> Execute(Guid id, ClaimsPrincipal user, PlazaDb db, CancellationToken ct)
    {
        var campaign = await db.Set<Campaign>().Include(c => c.Items).FirstOrDefaultAsync(c => c.Id == id, ct);
        if (campaign is null || !user.IsStaffOf(campaign.StoreId)) return false;
        if (campaign.IsPublished) throw new DomainException("campaign_published", "A published campaign cannot be deleted: close its orders instead.");
        db.RemoveRange(campaign.Items);
        db.Remove(campaign);
        await db.SaveChangesAsync(ct);
        return true;
    }

    public static async Task<Results<NoContent, NotFound>> Handle(Guid id, ClaimsPrincipal user, PlazaDb db, CancellationToken ct) =>
        await Execute(id, user, db, ct) ? TypedResults.NoContent() : TypedResults.NotFound();
}
