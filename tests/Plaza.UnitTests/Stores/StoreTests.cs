using System.Globalization;
using Plaza.Web.Modules.Stores;
using Plaza.Web.Modules.Stores.Contracts;
using Plaza.Web.Platform.Errors;

namespace Plaza.UnitTests.Stores;

public sealed class StoreTests
{
    [Fact]
    public void A_new_store_has_its_counter_as_the_one_pickup_point_and_default_terms()
    {
        var store = Store.Open(Guid.CreateVersion7(), " Angel Corner Shop ", " 1 Upper Street ", 51.5416, -0.1022, "GBP",
            new DateTime(2031, 1, 1, 0, 0, 0, DateTimeKind.Utc));

        store.Name.ShouldBe("Angel Corner Shop");
        store.Address.ShouldBe("1 Upper Street");
        (store.OpensAt, store.ClosesAt, store.DeliveryRadiusMeters).ShouldBe((new TimeOnly(8, 0), new TimeOnly(20, 0), 3000));
        var counter = store.PickupPoints.ShouldHaveSingleItem();
        (counter.Kind, counter.IsActive, counter.StoreId, counter.Latitude, counter.Longitude)
            .ShouldBe((PickupPointKind.StoreCounter, true, store.Id, 51.5416, -0.1022));
    }

    [Theory]
    [InlineData("2031-07-01T06:59:00Z", false)] // 07:59 in London's summer time
    [InlineData("2031-07-01T07:00:00Z", true)]
    [InlineData("2031-07-01T18:59:00Z", true)]
    [InlineData("2031-07-01T19:00:00Z", false)] // 20:00: closed
    [InlineData("2031-01-15T07:30:00Z", false)] // winter: London is on UTC
    [InlineData("2031-01-15T08:00:00Z", true)]
    public void A_store_is_open_between_its_hours_by_its_own_clock(string utc, bool open)
    {
        var store = new StoreDetails(Guid.CreateVersion7(), "Angel Corner Shop", "1 Upper Street", null, "Europe/London", new TimeOnly(8, 0),
            new TimeOnly(20, 0), "GBP", 0, 3000);

        store.IsOpenAt(DateTime.Parse(utc, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal)).ShouldBe(open);
    }

    [Theory]
    [InlineData("18:00", "09:00")]
    [InlineData("09:00", "09:00")]
    public void Closing_at_or_before_opening_is_refused(string opens, string closes)
    {
        var store = StoreBuilder.Angel();

        var error = Should.Throw<DomainException>(() => store.ChangeSettings("Shop", "Road", null, TimeOnly.Parse(opens), TimeOnly.Parse(closes), 3000, 0));

        error.Code.ShouldBe("invalid_opening_hours");
        (store.OpensAt, store.ClosesAt).ShouldBe((new TimeOnly(8, 0), new TimeOnly(20, 0)));
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(Store.MaxDeliveryRadiusMeters + 1)]
    public void A_delivery_radius_out_of_range_is_refused(int radius)
    {
        Should.Throw<DomainException>(() => StoreBuilder.Angel(radius: radius)).Code.ShouldBe("invalid_radius");
    }

    [Fact]
    public void A_negative_delivery_fee_is_refused()
    {
        var store = StoreBuilder.Angel();

        Should.Throw<DomainException>(() => store.ChangeSettings("Shop", "Road", null, new TimeOnly(8, 0), new TimeOnly(20, 0), 3000, -1))
            .Code.ShouldBe("invalid_fee");
        store.DeliveryFeeMinor.ShouldBe(0);
    }

    [Fact]
    public void The_store_delivers_inside_its_radius_only()
    {
        var store = StoreBuilder.Angel(radius: 3000);

        store.Delivers(StoreBuilder.Lat, StoreBuilder.Lng).ShouldBeTrue();
        store.Delivers(StoreBuilder.Lat + 0.026, StoreBuilder.Lng).ShouldBeTrue();   // about 2.9 km north
        store.Delivers(StoreBuilder.Lat + 0.028, StoreBuilder.Lng).ShouldBeFalse();  // about 3.1 km north
    }

    [Fact]
    public void A_store_with_a_zero_radius_does_not_deliver_at_all()
    {
        StoreBuilder.Angel(radius: 0).Delivers(StoreBuilder.Lat, StoreBuilder.Lng).ShouldBeFalse();
    }

    [Fact]
    public void The_last_pickup_point_cannot_be_retired()
    {
        var store = StoreBuilder.Angel();
        var counter = store.PickupPoints.Single();

        Should.Throw<DomainException>(() => store.RetirePickupPoint(counter.Id)).Code.ShouldBe("last_pickup_point");
        counter.IsActive.ShouldBeTrue();
    }

    [Fact]
    public void With_another_point_added_the_counter_can_be_retired_but_then_not_the_new_one()
    {
        var store = StoreBuilder.Angel();
        var counter = store.PickupPoints.Single();
        var locker = store.AddPickupPoint("Parcel locker", PickupPointKind.ParcelStation, "Angel station", 51.5322, -0.1058);

        store.RetirePickupPoint(counter.Id);

        counter.IsActive.ShouldBeFalse();
        Should.Throw<DomainException>(() => store.RetirePickupPoint(locker.Id)).Code.ShouldBe("last_pickup_point");
        locker.IsActive.ShouldBeTrue();
    }

    [Fact]
    public void Retiring_an_unknown_or_already_retired_point_is_refused()
    {
        var store = StoreBuilder.Angel();
        var counter = store.PickupPoints.Single();
        store.AddPickupPoint("Locker", PickupPointKind.ParcelStation, "Station", 51.53, -0.10);
        store.RetirePickupPoint(counter.Id);

        Should.Throw<DomainException>(() => store.RetirePickupPoint(counter.Id)).Code.ShouldBe("pickup_point_not_found");
        Should.Throw<DomainException>(() => store.RetirePickupPoint(Guid.NewGuid())).Code.ShouldBe("pickup_point_not_found");
    }

    [Fact]
    public void A_store_has_at_most_50_active_pickup_points()
    {
        var store = StoreBuilder.Angel();
        for (var i = 1; i < 50; i++) store.AddPickupPoint("Point " + i, PickupPointKind.PartnerShop, "Somewhere", 51.54, -0.10);

        Should.Throw<DomainException>(() => store.AddPickupPoint("One too many", PickupPointKind.PartnerShop, "Somewhere", 51.54, -0.10))
            .Code.ShouldBe("too_many_pickup_points");
        store.PickupPoints.Count.ShouldBe(50);
    }
}
