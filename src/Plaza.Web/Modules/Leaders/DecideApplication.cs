using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Plaza.Web.Modules.Stores.Contracts;
using Plaza.Web.Platform.Auth;
using Plaza.Web.Platform.Data;
using Plaza.Web.Platform.Errors;

namespace Plaza.Web.Modules.Leaders;

/// <summary>
/// The store's staff approve a leader application (which creates the pickup point at the store through the Stores
/// contract) or reject it.
/// </summary>
internal static class DecideApplication
{
    /// <returns>null when there is no such application or the user is not staff at its store.</returns>
    public static async Task<Leader?> Execute(Guid leaderId, bool approve, ClaimsPrincipal user, PlazaDb db, IStoreDirectory stores, TimeProvider clock,
        CancellationToken ct)
    {
        var leader = await db.Set<Leader>().FirstOrDefaultAsync(l => l.Id == leaderId, ct);
        if (leader is null || !user.IsStaffOf(leader.StoreId)) return null;
        var now = clock.GetUtcNow().UtcDateTime;
        if (approve)
        {
            if (leader.Status != LeaderStatus.Pending) throw new DomainException("already_decided", "This application has already been decided.");
            var point = await stores.AddPartnerPickupPoint(leader.StoreId, leader.Kind, leader.PointName, leader.Address, leader.Latitude,
                leader.Longitude, ct);
            leader.Approve(point.Id, user.RequiredAccountId(), now);
        }
        else leader.Reject(user.RequiredAccountId(), now);
        await db.SaveChangesAsync(ct); // the pickup point and the decision together
        return leader;
    }

    public static async Task<Results<Ok<LeaderView>, NotFound>> HandleApprove(Guid id, ClaimsPrincipal user, PlazaDb db, IStoreDirectory stores,
        TimeProvider clock, CancellationToken ct) =>
        await Execute(id, true, user, db, stores, clock, ct) is { } l ? TypedResults.Ok(LeaderView.From(l)) : TypedResults.NotFound();

    public static async Task<Results<Ok<LeaderView>, NotFound>> HandleReject(Guid id, ClaimsPrincipal user, PlazaDb db, IStoreDirectory stores,
        TimeProvider clock, CancellationToken ct) =>
        await Execute(id, false, user, db, stores, clock, ct) is { } l ? TypedResults.Ok(LeaderView.From(l)) : TypedResults.NotFound();
}
