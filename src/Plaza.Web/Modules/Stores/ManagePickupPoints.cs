using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Plaza.Web.Platform.Auth;
using Plaza.Web.Platform.Data;
using Plaza.Web.Platform.Geography;
using Plaza.Web.Platform.Validation;

namespace Plaza.Web.Modules.Stores;

/// <summary>Staff add partner pickup points (a parcel station, a leader's home) or retire them.</summary>
internal static class ManagePickupPoints
{
    public sealed record PickupPointRequest(string? Name, PickupPointKind? Kind, string? Address, double? Latitude, double? Longitude);

    /// <summary>Adds a pickup point; null when the user is not staff of the store or it does not exist.</summary>
    public static async Task<Outcome<PickupPoint>?> Add(Guid storeId, PickupPointRequest r, ClaimsPrincipal user, PlazaDb db, CancellationToken ct)
    {
        if (!user.IsStaffOf(storeId)) return null;
        var v = new Validator().Text(r.Name, "name", 120).Text(r.Address, "address", 300)
            .Check(r.Kind is not null && Enum.IsDefined(r.Kind.Value), "kind", "Choose a kind of pickup point.")
            .Check(Geo.IsValid(r.Latitude, r.Longitude), "latitude", "Give valid coordinates.");
        if (!v.IsValid) return v;
        var store = await db.Set<Store>().Include(s => s.PickupPoints).FirstOrDefaultAsync(s => s.Id == storeId, ct);
        if (store is null) return null;
        var p = store.AddPickupPoint(r.Name!, r.Kind!.Value, r.Address!, r.Latitude!.Value, r.Longitude!.Value);
        await db.SaveChangesAsync(ct);
        return p;
    }

    /// <summary>Retires a pickup point; false when the user is not staff of the store or it does not exist.</summary>
    public static async Task<bool> Retire(Guid storeId, Guid pointId, ClaimsPrincipal user, PlazaDb db, CancellationToken ct)
    {
        if (!user.IsStaffOf(storeId)) return false;
        var store = await db.Set<Store>().Include(s => s.PickupPoints).FirstOrDefaultAsync(s => s.Id == storeId, ct);
        if (store is null) return false;
        store.RetirePickupPoint(pointId);
        await db.SaveChangesAsync(ct);
        return true;
    }

    public static async Task<Results<Created<PickupPointView>, ValidationProblem, NotFound>> HandleAdd(Guid id, PickupPointRequest r, ClaimsPrincipal user,
        PlazaDb db, CancellationToken ct)
        => (await Add(id, r, user, db, ct))
            .CreatedOr(_ => $"/api/v1/stores/{id}", p => new PickupPointView(p.Id, p.Name, p.Kind, p.Address, p.Latitude, p.Longitude));

    public static async Task<Results<NoContent, NotFound>> HandleRetire(Guid id, Guid pointId, ClaimsPrincipal user, PlazaDb db, CancellationToken ct) =>
        await Retire(id, pointId, user, db, ct) ? TypedResults.NoContent() : TypedResults.NotFound();
}
