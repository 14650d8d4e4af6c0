using Plaza.Web.Modules.Stores;

namespace Plaza.Web.Modules.Demo;

internal sealed record DemoPlace(string Name, string Address, double Latitude, double Longitude);

internal sealed record DemoStore(DemoPlace Shop, string Phone, DemoPlace ParcelStation, DemoPlace LeaderHome);

/// <summary>
/// One merchant with two community stores about 2 km apart in north-east London (Islington and
/// Dalston), so "nearest store" and "outside the delivery radius" both show. Phone numbers are from
/// Ofcom's range reserved for drama (020 7946 0xxx).
/// </summary>
internal static class DemoStores
{
    public const string MerchantName = "Corner & Co.";
    public static readonly TimeOnly OpensAt = new(8, 0);
    public static readonly TimeOnly ClosesAt = new(20, 0);
    public const int DeliveryRadiusMeters = 3000;
    public const long DeliveryFeeMinor = 299;

    public static readonly IReadOnlyList<DemoStore> All =
    [
        new(new("Corner & Co. Islington", "148 Upper Street, London N1 1RA", 51.5405, -0.1030), "+44 20 7946 0148",
            new("Parcel lockers, Angel Central", "21 Parkfield Street, London N1 0PS", 51.5339, -0.1058),
            new("Li Wei's home (community leader)", "12 Canonbury Place, London N1 2NQ", 51.5443, -0.0968)),
        new(new("Corner & Co. Dalston", "27 Kingsland High Street, London E8 2JS", 51.5466, -0.0755), "+44 20 7946 0027",
            new("Parcel lockers, Dalston Junction", "Dalston Lane, London E8 3DF", 51.5460, -0.0740),
            new("Amara Okoye's home (community leader)", "9 Albion Square, London E8 4ES", 51.5412, -0.0745)),
    ];

    /// <summary>Opens the stores with the demo settings; Store.Open adds the store counter pickup point.</summary>
    public static IReadOnlyList<Store> Open(Merchant merchant, DateTime now) => All.Select(d =>
    {
        var store = Store.Open(merchant.Id, d.Shop.Name, d.Shop.Address, d.Shop.Latitude, d.Shop.Longitude, DemoCatalog.Currency, now);
        store.ChangeSettings(d.Shop.Name, d.Shop.Address, d.Phone, OpensAt, ClosesAt, DeliveryRadiusMeters, DeliveryFeeMinor);
        store.AddPickupPoint(d.ParcelStation.Name, PickupPointKind.ParcelStation, d.ParcelStation.Address, d.ParcelStation.Latitude, d.ParcelStation.Longitude);
        store.AddPickupPoint(d.LeaderHome.Name, PickupPointKind.LeaderHome, d.LeaderHome.Address, d.LeaderHome.Latitude, d.LeaderHome.Longitude);
        return store;
    }).ToList();
}
