using Plaza.Web.Modules.Demo;
using Plaza.Web.Modules.Stores;
using Plaza.Web.Platform.Geography;

namespace Plaza.UnitTests.Demo;

public sealed class DemoStoresTests
{
    private static readonly DateTime Now = new(2026, 3, 2, 9, 0, 0, DateTimeKind.Utc);

    private static IReadOnlyList<Store> OpenStores() => DemoStores.Open(Merchant.Create(DemoStores.MerchantName, Now), Now);

    [Fact]
    public void Each_store_has_a_counter_a_parcel_station_and_a_leader_home()
    {
        var stores = OpenStores();

        stores.Count.ShouldBe(2);
        stores.ShouldAllBe(s => s.PickupPoints.Select(p => p.Kind).OrderBy(k => k).SequenceEqual(
            new[] { PickupPointKind.StoreCounter, PickupPointKind.ParcelStation, PickupPointKind.LeaderHome }));
    }

    [Fact]
    public void Stores_open_with_the_demo_terms_in_pounds_on_london_time()
    {
        foreach (var store in OpenStores())
        {
            store.Currency.ShouldBe("GBP");
            store.TimeZone.ShouldBe("Europe/London");
            store.OpensAt.ShouldBe(new TimeOnly(8, 0));
            store.ClosesAt.ShouldBe(new TimeOnly(20, 0));
            store.DeliveryRadiusMeters.ShouldBe(3000);
            store.DeliveryFeeMinor.ShouldBe(299);
            store.CreatedAtUtc.ShouldBe(Now);
        }
    }

    [Fact]
    public void The_stores_are_about_two_kilometres_apart_and_their_pickup_points_are_nearby()
    {
        var stores = OpenStores();

        Geo.DistanceMeters(stores[0].Latitude, stores[0].Longitude, stores[1].Latitude, stores[1].Longitude).ShouldBeInRange(1500, 2500);
        foreach (var store in stores)
            store.PickupPoints.ShouldAllBe(p => store.Delivers(p.Latitude, p.Longitude) || p.Kind == PickupPointKind.StoreCounter);
    }
}
