using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Plaza.Web.Modules.Stores.Contracts;
using Plaza.Web.Platform.Auth;
using Plaza.Web.Platform.Data;
using Plaza.Web.Platform.Errors;
using Plaza.Web.Platform.Geography;
using Plaza.Web.Platform.Validation;

namespace Plaza.Web.Modules.Leaders;

internal sealed record LeaderView(Guid Id, Guid StoreId, Guid AccountId, string PointName, PartnerPickupKind Kind, string Address, LeaderStatus Status,
    Guid? PickupPointId, DateTime AppliedAtUtc, DateTime? DecidedAtUtc)
{
    public static LeaderView From(Leader l) =>
        new(l.Id, l.StoreId, l.AccountId, l.PointName, l.Kind, l.Address, l.Status, l.PickupPointId, l.AppliedAtUtc, l.DecidedAtUtc);
}

/// <summary>
/// A shopper applies to be a store's group-buy leader with a pickup point; the store's staff approve (which
/// creates the pickup point at the store through the Stores contract) or reject.
/// </summary>
internal static class Applications
{
    public sealed record ApplyRequest(Guid? StoreId, string? PointName, PartnerPickupKind? Kind, string? Address, double? Latitude, double? Longitude);

    public static async Task<Outcome<Leader>> Apply(ApplyRequest r, Guid accountId, PlazaDb db, IStoreDirectory stores, TimeProvider clock,
        CancellationToken ct)
    {
        var v = new Validator()
            .Check(r.StoreId is not null, "storeId", "Choose a store.")
            .Text(r.PointName, "pointName", 120, min: 2)
            .Check(r.Kind is not null && Enum.IsDefined(r.Kind.Value), "kind", "Choose a kind of pickup point.")
            .Text(r.Address, "address", 300, min: 5)
            .Check(Geo.IsValid(r.Latitude, r.Longitude), "latitude", "Give valid coordinates.");
        if (!v.IsValid) return v;
        if (await stores.Terms(r.StoreId!.Value, ct) is null) return v.Add("storeId", "No such store.");
        if (await db.Set<Leader>().AnyAsync(l => l.StoreId == r.StoreId && l.AccountId == accountId, ct))
            throw new DomainException("already_applied", "You have already applied to be a leader for this store.");
        var leader = Leader.Apply(r.StoreId.Value, accountId, r.PointName!, r.Kind!.Value, r.Address!, r.Latitude!.Value, r.Longitude!.Value,
            clock.GetUtcNow().UtcDateTime);
        db.Add(leader);
        await db.SaveOrConflictAsync("already_applied", "You have already applied to be a leader for this store.", ct);
        return leader;
    }

    /// <returns>null when there is no such application or the user is not staff at its store.</returns>
    public static async Task<Leader?> Decide(Guid leaderId, bool approve, ClaimsPrincipal user, PlazaDb db, IStoreDirectory stores, TimeProvider clock,
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

    /// <summary>A store's applications for its staff: pending first, then the newest.</summary>
    public static async Task<IReadOnlyList<Leader>?> ForStore(Guid storeId, ClaimsPrincipal user, PlazaDb db, CancellationToken ct)
    {
        if (!user.IsStaffOf(storeId)) return null;
        return await db.Set<Leader>().AsNoTracking().Where(l => l.StoreId == storeId)
            .OrderBy(l => l.Status == LeaderStatus.Pending ? 0 : 1).ThenByDescending(l => l.AppliedAtUtc).Take(200).ToListAsync(ct);
    }

    public static async Task<Results<Created<LeaderView>, ValidationProblem>> HandleApply(ApplyRequest r, ClaimsPrincipal user, PlazaDb db,
        IStoreDirectory stores, TimeProvider clock, CancellationToken ct) =>
        (await Apply(r, user.RequiredAccountId(), db, stores, clock, ct)).CreatedOr(l => $"/api/v1/leaders/{l.Id}", LeaderView.From);

    public static async Task<Results<Ok<LeaderView>, NotFound>> HandleApprove(Guid id, ClaimsPrincipal user, PlazaDb db, IStoreDirectory stores,
        TimeProvider clock, CancellationToken ct) =>
        await Decide(id, true, user, db, stores, clock, ct) is { } l ? TypedResults.Ok(LeaderView.From(l)) : TypedResults.NotFound();

    public static async Task<Results<Ok<LeaderView>, NotFound>> HandleReject(Guid id, ClaimsPrincipal user, PlazaDb db, IStoreDirectory stores,
        TimeProvider clock, CancellationToken ct) =>
        await Decide(id, false, user, db, stores, clock, ct) is { } l ? TypedResults.Ok(LeaderView.From(l)) : TypedResults.NotFound();

    public static async Task<Results<Ok<IReadOnlyList<LeaderView>>, ValidationProblem, ForbidHttpResult>> HandleList(Guid? storeId, ClaimsPrincipal user,
        PlazaDb db, CancellationToken ct)
    {
        if (storeId is null) return new Validator().Add("storeId", "Choose a store.").Problem();
        return await ForStore(storeId.Value, user, db, ct) is { } list
            ? TypedResults.Ok<IReadOnlyList<LeaderView>>(list.Select(LeaderView.From).ToList())
            : TypedResults.Forbid();
    }
}
