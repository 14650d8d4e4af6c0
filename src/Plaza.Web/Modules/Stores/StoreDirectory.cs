using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Plaza.Web.Modules.Stores.Contracts;
using Plaza.Web.Platform.Auth;
using Plaza.Web.Platform.Data;

namespace Plaza.Web.Modules.Stores;

internal sealed class StoreDirectory(PlazaDb db, TimeProvider clock) : IStoreDirectory, IClaimsContributor
{
    public async Task<StoreTerms?> Terms(Guid storeId, CancellationToken ct) =>
        await db.Set<Store>().AsNoTracking().Where(s => s.Id == storeId)
            .Select(s => new StoreTerms(s.Id, s.MerchantId, s.Name, s.Currency, s.DeliveryFeeMinor, s.DeliveryRadiusMeters, s.TimeZone))
            .FirstOrDefaultAsync(ct);

    public async Task<PickupPointRef?> PickupPoint(Guid storeId, Guid pickupPointId, CancellationToken ct) =>
        await db.Set<PickupPoint>().AsNoTracking().Where(p => p.Id == pickupPointId && p.StoreId == storeId && p.IsActive)
            .Select(p => new PickupPointRef(p.Id, p.StoreId, p.Name, p.Address))
            .FirstOrDefaultAsync(ct);

    // Sorted here, not in SQL: the kind is stored as text, and the order is the enum's (the store's own points first).
    // A leader's home is left out: it is a private address, offered on that leader's campaign page only.
    public async Task<IReadOnlyList<PickupPointRef>> PickupPoints(Guid storeId, CancellationToken ct) =>
        (await db.Set<PickupPoint>().AsNoTracking().Where(p => p.StoreId == storeId && p.IsActive && p.Kind != PickupPointKind.LeaderHome)
            .ToListAsync(ct))
            .OrderBy(p => p.Kind).ThenBy(p => p.Name).Select(p => new PickupPointRef(p.Id, p.StoreId, p.Name, p.Address)).ToList();

    public async Task<PickupPointRef> AddPartnerPickupPoint(Guid storeId, PartnerPickupKind kind, string name, string address, double latitude,
        double longitude, CancellationToken ct)
    {
        var store = await db.Set<Store>().Include(s => s.PickupPoints).FirstAsync(s => s.Id == storeId, ct);
        var own = kind switch
        {
            PartnerPickupKind.PartnerShop => PickupPointKind.PartnerShop,
            PartnerPickupKind.ParcelStation => PickupPointKind.ParcelStation,
            _ => PickupPointKind.LeaderHome,
        };
        var p = store.AddPickupPoint(name, own, address, latitude, longitude);
        return new PickupPointRef(p.Id, p.StoreId, p.Name, p.Address);
    }

    public async Task RetirePartnerPickupPoint(Guid storeId, Guid pickupPointId, CancellationToken ct)
    {
        var point = await db.Set<PickupPoint>().FirstOrDefaultAsync(p => p.Id == pickupPointId && p.StoreId == storeId, ct);
        if (point is { Kind: PickupPointKind.LeaderHome or PickupPointKind.PartnerShop or PickupPointKind.ParcelStation }) point.Retire();
    }

    public async Task<DeliveryCheck> CheckDelivery(Guid storeId, double latitude, double longitude, DateTime slotStartUtc, CancellationToken ct)
    {
        var store = await db.Set<Store>().AsNoTracking().FirstAsync(s => s.Id == storeId, ct);
        if (!store.Delivers(latitude, longitude)) return DeliveryCheck.OutsideRadius;
        return Stores.DeliverySlots.IsOffered(store, clock.GetUtcNow().UtcDateTime, slotStartUtc) ? DeliveryCheck.Ok : DeliveryCheck.SlotNotOffered;
    }

    public Task<bool> IsStaff(Guid storeId, Guid accountId, CancellationToken ct) =>
        db.Set<StoreStaff>().AnyAsync(s => s.StoreId == storeId && s.AccountId == accountId, ct);

    public async Task<IReadOnlyDictionary<Guid, string>> Names(IReadOnlyCollection<Guid> storeIds, CancellationToken ct)
    {
        var list = storeIds.Distinct().ToList();
        return await db.Set<Store>().AsNoTracking().Where(s => list.Contains(s.Id)).ToDictionaryAsync(s => s.Id, s => s.Name, ct);
    }

    public async Task<StoreDetails?> Details(Guid storeId, CancellationToken ct) =>
        (await Details([storeId], ct)).GetValueOrDefault(storeId);

    public async Task<IReadOnlyDictionary<Guid, StoreDetails>> Details(IReadOnlyCollection<Guid> storeIds, CancellationToken ct)
    {
        var list = storeIds.Distinct().ToList();
        return await db.Set<Store>().AsNoTracking().Where(s => list.Contains(s.Id))
            .Select(s => new StoreDetails(s.Id, s.Name, s.Address, s.Phone, s.TimeZone, s.OpensAt, s.ClosesAt, s.Currency, s.DeliveryFeeMinor,
                s.DeliveryRadiusMeters))
            .ToDictionaryAsync(s => s.Id, ct);
    }

    public async Task<string?> PickupPointAddress(Guid storeId, Guid pickupPointId, CancellationToken ct) =>
        await db.Set<PickupPoint>().AsNoTracking().Where(p => p.Id == pickupPointId && p.StoreId == storeId).Select(p => p.Address).FirstOrDefaultAsync(ct);

    public async Task<IReadOnlyList<DeliverySlot>> DeliverySlots(Guid storeId, CancellationToken ct) =>
        await db.Set<Store>().AsNoTracking().FirstOrDefaultAsync(s => s.Id == storeId, ct) is { } store
            ? Stores.DeliverySlots.For(store, clock.GetUtcNow().UtcDateTime)
            : [];

    public async Task<IEnumerable<Claim>> ClaimsFor(Guid accountId, CancellationToken ct)
    {
        var stores = await db.Set<StoreStaff>().AsNoTracking().Where(s => s.AccountId == accountId).Select(s => s.StoreId).ToListAsync(ct);
        return stores.Select(id => new Claim(AuthSchemes.StaffStoreClaim, id.ToString()));
    }
}
