using Plaza.Web.Platform.Errors;
using Plaza.Web.Platform.Geography;

namespace Plaza.Web.Modules.Stores;

/// <summary>A merchant: the business that owns one or more community stores.</summary>
internal sealed class Merchant
{
    private Merchant() { }

    public Guid Id { get; private set; }
    public string Name { get; private set; } = "";
    public DateTime CreatedAtUtc { get; private set; }

    public static Merchant Create(string name, DateTime now) => new() { Id = Guid.CreateVersion7(), Name = name.Trim(), CreatedAtUtc = now };
}

/// <summary>A community store: sells over the counter and online, delivers within a radius, hands over at pickup points.</summary>
internal sealed class Store
{
    public const int MaxDeliveryRadiusMeters = 50_000;
    private readonly List<PickupPoint> _pickupPoints = [];

    private Store() { }

    public Guid Id { get; private set; }
    public Guid MerchantId { get; private set; }
    public string Name { get; private set; } = "";
    public string Address { get; private set; } = "";
    public double Latitude { get; private set; }
    public double Longitude { get; private set; }
    public string TimeZone { get; private set; } = "Europe/London";
    public TimeOnly OpensAt { get; private set; }
    public TimeOnly ClosesAt { get; private set; }
    public int DeliveryRadiusMeters { get; private set; }
    public long DeliveryFeeMinor { get; private set; }
    public string Currency { get; private set; } = "GBP";
    public string? Phone { get; private set; }
    public DateTime CreatedAtUtc { get; private set; }
    public IReadOnlyList<PickupPoint> PickupPoints => _pickupPoints;

    public static Store Open(Guid merchantId, string name, string address, double latitude, double longitude, string currency, DateTime now)
    {
        var store = new Store
        {
            Id = Guid.CreateVersion7(),
            MerchantId = merchantId,
            Name = name.Trim(),
            Address = address.Trim(),
            Latitude = latitude,
            Longitude = longitude,
            Currency = currency,
            OpensAt = new TimeOnly(8, 0),
            ClosesAt = new TimeOnly(20, 0),
            DeliveryRadiusMeters = 3000,
            CreatedAtUtc = now,
        };
        store._pickupPoints.Add(PickupPoint.Create(store.Id, "Store counter", PickupPointKind.StoreCounter, store.Address, latitude, longitude));
        return store;
    }

    public void ChangeSettings(string name, string address, string? phone, TimeOnly opensAt, TimeOnly closesAt, int deliveryRadiusMeters, long deliveryFeeMinor)
    {
        if (closesAt <= opensAt) throw new DomainException("invalid_opening_hours", "The store must close after it opens.");
        if (deliveryRadiusMeters is < 0 or > MaxDeliveryRadiusMeters) throw new DomainException("invalid_radius", "The delivery radius is out of range.");
        if (deliveryFeeMinor < 0) throw new DomainException("invalid_fee", "The delivery fee cannot be negative.");
        Name = name.Trim();
        Address = address.Trim();
        Phone = phone?.Trim();
        OpensAt = opensAt;
        ClosesAt = closesAt;
        DeliveryRadiusMeters = deliveryRadiusMeters;
        DeliveryFeeMinor = deliveryFeeMinor;
    }

    public bool Delivers(double latitude, double longitude) =>
        DeliveryRadiusMeters > 0 && Geo.DistanceMeters(Latitude, Longitude, latitude, longitude) <= DeliveryRadiusMeters;

    public PickupPoint AddPickupPoint(string name, PickupPointKind kind, string address, double latitude, double longitude)
    {
        if (_pickupPoints.Count(p => p.IsActive) >= 50) throw new DomainException("too_many_pickup_points", "A store can have at most 50 pickup points.");
        var point = PickupPoint.Create(Id, name, kind, address, latitude, longitude);
        _pickupPoints.Add(point);
        return point;
    }

    public void RetirePickupPoint(Guid pointId)
    {
        var point = _pickupPoints.FirstOrDefault(p => p.Id == pointId && p.IsActive)
            ?? throw new DomainException("pickup_point_not_found", "No such pickup point.");
        if (_pickupPoints.Count(p => p.IsActive) == 1) throw new DomainException("last_pickup_point", "A store keeps at least one pickup point.");
        point.Retire();
    }
}

internal enum PickupPointKind { StoreCounter, ParcelStation, LeaderHome, PartnerShop }

internal sealed class PickupPoint
{
    private PickupPoint() { }

    public Guid Id { get; private set; }
    public Guid StoreId { get; private set; }
    public string Name { get; private set; } = "";
    public PickupPointKind Kind { get; private set; }
    public string Address { get; private set; } = "";
    public double Latitude { get; private set; }
    public double Longitude { get; private set; }
    public bool IsActive { get; private set; } = true;

    public static PickupPoint Create(Guid storeId, string name, PickupPointKind kind, string address, double lat, double lng) =>
        new() { Id = Guid.CreateVersion7(), StoreId = storeId, Name = name.Trim(), Kind = kind, Address = address.Trim(), Latitude = lat, Longitude = lng };

    public void Retire() => IsActive = false;
}

/// <summary>An account that works at a store (merchant staff, per store).</summary>
internal sealed class StoreStaff
{
    private StoreStaff() { }

    public Guid StoreId { get; private set; }
    public Guid AccountId { get; private set; }
    public DateTime AddedAtUtc { get; private set; }

    public static StoreStaff Add(Guid storeId, Guid accountId, DateTime now) => new() { StoreId = storeId, AccountId = accountId, AddedAtUtc = now };
}
