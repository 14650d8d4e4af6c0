using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Plaza.Web.Platform.Auth;
using Plaza.Web.Platform.Data;
using Plaza.Web.Platform.Validation;

namespace Plaza.Web.Modules.Stores;

/// <summary>Staff change the store's name, address, hours, delivery radius and fee.</summary>
internal static class UpdateStoreSettings
{
    public sealed record StoreSettingsRequest(string? Name, string? Address, string? Phone, string? OpensAt, string? ClosesAt, int? DeliveryRadiusMeters,
        long? DeliveryFeeMinor);

    public static async Task<Outcome<Store>?> Execute(Guid storeId, StoreSettingsRequest r, ClaimsPrincipal user, PlazaDb db, CancellationToken ct)
    {
        if (!user.IsStaffOf(storeId)) return null;
        var v = new Validator().Text(r.Name, "name", 120).Text(r.Address, "address", 300).Text(r.Phone, "phone", 30, required: false);
        var opens = ParseTime(r.OpensAt, "opensAt", v);
        var closes = ParseTime(r.ClosesAt, "closesAt", v);
        v.Check(r.DeliveryRadiusMeters is >= 0 and <= Store.MaxDeliveryRadiusMeters,
            "deliveryRadiusMeters", $"Between 0 and {Store.MaxDeliveryRadiusMeters} metres.");
        v.Check(r.DeliveryFeeMinor is >= 0 and <= 100_000, "deliveryFeeMinor", "Between 0 and 100000 minor units.");
        if (!v.IsValid) return v;

        var store = await db.Set<Store>().Include(s => s.PickupPoints).FirstOrDefaultAsync(s => s.Id == storeId, ct);
        if (store is null) return null;
        store.ChangeSettings(r.Name!, r.Address!, r.Phone, opens, closes, r.DeliveryRadiusMeters!.Value, r.DeliveryFeeMinor!.Value);
        await db.SaveChangesAsync(ct);
        return store;
    }

    private static TimeOnly ParseTime(string? value, string field, Validator v)
    {
        if (TimeOnly.TryParseExact(value, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var t)) return t;
        v.Add(field, "Use the 24-hour form HH:mm.");
        return default;
    }

    public static async Task<Results<Ok<StoreView>, ValidationProblem, NotFound>> Handle(Guid id, StoreSettingsRequest request, ClaimsPrincipal user,
        PlazaDb db, CancellationToken ct)
        => (await Execute(id, request, user, db, ct)).OkOr(store => StoreView.From(store, forStaff: true));
}
