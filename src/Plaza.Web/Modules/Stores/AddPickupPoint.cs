using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Plaza.Web.Platform.Auth;
using Plaza.Web.Platform.Data;
using Plaza.Web.Platform.Geography;
using Plaza.Web.Platform.Validation;

namespace Plaza.Web.Modules.Stores;

/// <summary>Staff add a partner pickup point (a parcel station, a leader's home) to their store.</summary>
internal static class AddPickupPoint
{
    public sealed record PickupPointRequest(string? Name, PickupPointKind? Kind, string? Address, double? Latitude, double? Longitude);

    /// <summary>Adds a pickup point; null when the user is not staff of the store or it does not exist.</summary>
    public static async Task<Outcome<PickupPoint>?> Execute(Guid storeId, PickupPointRequest r, ClaimsPrincipal user, PlazaDb db, CancellationToken ct)
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

    public static async Task<Results<Created<PickupPointView>, ValidationProblem, NotFound>> Handle(Guid id, PickupPointRequest r, ClaimsPrincipal user,
        PlazaDb db, CancellationToken ct)
        => (await Execute(id, r, user, db, ct))
            .CreatedOr(_ => $"/api/v1/stores/{id}", p => new PickupPointView(p.Id, p.Name, p.Kind, p.Address, p.Latitude, p.Longitude));
}
