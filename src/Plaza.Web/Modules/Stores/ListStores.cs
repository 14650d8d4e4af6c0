using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Plaza.Web.Platform.Data;
using Plaza.Web.Platform.Geography;
using Plaza.Web.Platform.Validation;

namespace Plaza.Web.Modules.Stores;

/// <summary>Choose a store: nearest to a location, or by name.</summary>
internal static class ListStores
{
    public static async Task<Outcome<IReadOnlyList<StoreView>>> Execute(PlazaDb db, double? lat, double? lng, string? q, CancellationToken ct)
    {
        var v = new Validator();
        if (lat is not null || lng is not null)
            v.Check(Geo.IsValid(lat, lng), lat is >= -90 and <= 90 ? "lng" : "lat", "Give a latitude in [-90, 90] and a longitude in [-180, 180].");
        if (q is not null) v.Check(q.Length <= 100, "q", "Search at most 100 characters.");
        if (!v.IsValid) return v;

        var query = db.Set<Store>().AsNoTracking().Include(s => s.PickupPoints).AsQueryable();
        if (!string.IsNullOrWhiteSpace(q))
        {
            var term = q.Trim().ToLowerInvariant();
            query = query.Where(s => s.Name.ToLower().Contains(term) || s.Address.ToLower().Contains(term));
        }
        // Order in the database before taking a page, or the nearest store may not be among the 200 read.
        // Squared equirectangular distance: the same order as the true distance at neighbourhood scale.
        if (lat is { } lat0 && lng is { } lng0)
        {
            var k = Math.Cos(lat0 * Math.PI / 180);
            query = query.OrderBy(s => (s.Latitude - lat0) * (s.Latitude - lat0) + (s.Longitude - lng0) * k * ((s.Longitude - lng0) * k));
        }
        else query = query.OrderBy(s => s.Name);
        var stores = await query.Take(200).ToListAsync(ct);
        IReadOnlyList<StoreView> views = lat is { } la && lng is { } ln
            ? stores.Select(s => StoreView.From(s, Geo.DistanceMeters(la, ln, s.Latitude, s.Longitude))).OrderBy(s => s.DistanceMeters).ToList()
            : stores.OrderBy(s => s.Name).Select(s => StoreView.From(s)).ToList();
        return new Outcome<IReadOnlyList<StoreView>>(views, null);
    }

    public static async Task<Results<Ok<IReadOnlyList<StoreView>>, ValidationProblem>> Handle(PlazaDb db, double? lat, double? lng, string? q,
        CancellationToken ct)
        => (await Execute(db, lat, lng, q, ct)).OkOr(stores => stores);
}
