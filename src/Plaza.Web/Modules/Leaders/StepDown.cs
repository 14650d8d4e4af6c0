using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Plaza.Web.Modules.Stores.Contracts;
using Plaza.Web.Platform.Auth;
using Plaza.Web.Platform.Data;
using Plaza.Web.Platform.Errors;

namespace Plaza.Web.Modules.Leaders;

/// <summary>
/// A leader stops running their pickup point. Refused while campaign orders still wait there (they must be handed
/// over, or cancelled at the cut-off if never paid), so nobody's order is left without a place to collect it. The
/// point is retired at the store in the same unit of work; the page and link stop taking orders; commission earned
/// stays. (Leading again at the same store is not offered: one application per shopper and store.)
/// </summary>
internal static class StepDown
{
    /// <returns>null when there is no such leader of this account.</returns>
    public static async Task<Leader?> Execute(Guid leaderId, ClaimsPrincipal user, PlazaDb db, IStoreDirectory stores, TimeProvider clock, CancellationToken ct)
    {
        var accountId = user.RequiredAccountId();
        var leader = await db.Set<Leader>().FirstOrDefaultAsync(l => l.Id == leaderId && l.AccountId == accountId, ct);
        if (leader is null) return null;
        if (await db.Set<LeaderOrder>().AnyAsync(o => o.LeaderId == leaderId && o.State == LeaderOrderState.Placed, ct))
            throw new DomainException("leader_has_orders",
                "Orders still wait at your pickup point. Hand them over first; unpaid ones are cancelled at their campaign's cut-off.");
        leader.StepDown(clock.GetUtcNow().UtcDateTime);
        if (leader.PickupPointId is { } point) await stores.RetirePartnerPickupPoint(leader.StoreId, point, ct);
        await db.SaveChangesAsync(ct);
        return leader;
    }

    public static async Task<Results<Ok<LeaderView>, NotFound>> Handle(Guid id, ClaimsPrincipal user, PlazaDb db, IStoreDirectory stores, TimeProvider clock,
        CancellationToken ct) =>
        await Execute(id, user, db, stores, clock, ct) is { } l ? TypedResults.Ok(LeaderView.From(l)) : TypedResults.NotFound();
}
