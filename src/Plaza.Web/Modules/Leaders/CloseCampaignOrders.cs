using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Plaza.Web.Platform.Auth;
using Plaza.Web.Platform.Data;

namespace Plaza.Web.Modules.Leaders;

/// <summary>
/// Store staff close a running campaign's orders before the planned cut-off (sold out at the supplier, say).
/// The cut-off moves to now and the cut-off job runs at once, so unpaid orders are cancelled and the pick list
/// is final, exactly as at a planned cut-off; an order being paid at this moment is settled by the job's next run.
/// </summary>
internal static class CloseCampaignOrders
{
    /// <returns>null when there is no such campaign or the user is not staff at its store.</returns>
    public static async Task<Campaign?> Execute(Guid id, ClaimsPrincipal user, IServiceProvider services, CancellationToken ct)
    {
        var db = services.GetRequiredService<PlazaDb>();
        var campaign = await db.Set<Campaign>().Include(c => c.Items).FirstOrDefaultAsync(c => c.Id == id, ct);
        if (campaign is null || !user.IsStaffOf(campaign.StoreId)) return null;
        campaign.CloseOrdersNow(services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(ct);
        await CloseCampaigns.SweepAsync(services, ct, only: campaign.Id);
        return campaign;
    }

    public static async Task<Results<Ok<CampaignView>, NotFound>> Handle(Guid id, ClaimsPrincipal user, IServiceProvider services, TimeProvider clock,
        CancellationToken ct) =>
        await Execute(id, user, services, ct) is { } c ? TypedResults.Ok(CampaignView.From(c, clock.GetUtcNow().UtcDateTime)) : TypedResults.NotFound();
}
