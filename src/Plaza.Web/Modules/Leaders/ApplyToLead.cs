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

/// <summary>A shopper applies to be a store's group-buy leader with a pickup point (their porch, shop or office).</summary>
internal static class ApplyToLead
{
    public sealed record ApplyRequest(Guid? StoreId, string? PointName, PartnerPickupKind? Kind, string? Address, double? Latitude, double? Longitude);

    public static async Task<Outcome<Leader>> Execute(ApplyRequest r, Guid accountId, PlazaDb db, IStoreDirectory stores, TimeProvider clock,
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

    public static async Task<Results<Created<LeaderView>, ValidationProblem>> Handle(ApplyRequest r, ClaimsPrincipal user, PlazaDb db,
        IStoreDirectory stores, TimeProvider clock, CancellationToken ct) =>
        (await Execute(r, user.RequiredAccountId(), db, stores, clock, ct)).CreatedOr(l => $"/api/v1/leaders/{l.Id}", LeaderView.From);
}
