using System.Globalization;
using System.Net;
using System.Text.Json;
using Plaza.IntegrationTests.Infrastructure;

namespace Plaza.IntegrationTests.Stores;

public sealed class StoreListingTests(PlazaFactory factory) : IClassFixture<PlazaFactory>
{
    internal sealed record StoreDto(Guid Id, string Name, double Latitude, double Longitude, double? DistanceMeters, string OpensAt, string ClosesAt,
        string TimeZone);

    internal sealed record SlotDto(DateTimeOffset StartUtc, DateTimeOffset EndUtc);

    [Fact]
    public async Task Stores_are_listed_nearest_first_with_their_distance()
    {
        // A point in Hackney; stores about 0.5 km, 3 km and 8 km away from it, created farthest first.
        const double lat = 51.5450, lng = -0.0553;
        var far = await factory.StoreAsync(lat: 51.5010, lng: -0.1416);     // Westminster
        var middle = await factory.StoreAsync(lat: 51.5416, lng: -0.1022);  // Angel
        var near = await factory.StoreAsync(lat: 51.5480, lng: -0.0500);    // Hackney Central

        var response = await factory.Anonymous().GetAsync(Query(lat, lng));

        var all = (await response.ShouldHaveStatus(HttpStatusCode.OK)).Deserialize<List<StoreDto>>(Web)!;
        all.Select(s => s.DistanceMeters!.Value).ShouldBeInOrder(SortDirection.Ascending);
        var mine = all.Where(s => s.Id == far.Id || s.Id == middle.Id || s.Id == near.Id).Select(s => s.Id).ToList();
        mine.ShouldBe([near.Id, middle.Id, far.Id]);
        var nearest = all.Single(s => s.Id == near.Id);
        nearest.DistanceMeters!.Value.ShouldBeInRange(400, 800);
    }

    [Theory]
    [InlineData("91", "0", "lat")]
    [InlineData("-90.5", "0", "lat")]
    [InlineData("51.5", "181", "lng")]
    [InlineData("51.5", "-180.01", "lng")]
    public async Task Coordinates_out_of_range_are_a_400_naming_the_field(string lat, string lng, string field)
    {
        var response = await factory.Anonymous().GetAsync($"/api/v1/stores?lat={lat}&lng={lng}");

        await response.ShouldBeValidationProblem(field);
    }

    [Fact]
    public async Task A_latitude_that_is_not_a_number_is_a_400_naming_lat_not_a_500()
    {
        var response = await factory.Anonymous().GetAsync("/api/v1/stores?lat=north&lng=0");

        await response.ShouldBeValidationProblem("lat");
    }

    [Fact]
    public async Task Delivery_slots_are_two_hour_windows_in_the_future_inside_opening_hours()
    {
        var store = await factory.StoreAsync();
        var now = factory.Clock.GetUtcNow(); // Wednesday 10:30 in London (GMT), store open 08:00-20:00
        var london = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");

        var response = await factory.Anonymous().GetAsync($"/api/v1/stores/{store.Id}/delivery-slots");

        var slots = (await response.ShouldHaveStatus(HttpStatusCode.OK)).Deserialize<List<SlotDto>>(Web)!;
        slots.ShouldNotBeEmpty();
        slots.ShouldAllBe(s => s.StartUtc >= now.AddHours(1));
        slots.ShouldAllBe(s => s.EndUtc - s.StartUtc == TimeSpan.FromHours(2));
        foreach (var slot in slots)
        {
            var start = TimeZoneInfo.ConvertTime(slot.StartUtc, london);
            var end = TimeZoneInfo.ConvertTime(slot.EndUtc, london);
            TimeOnly.FromTimeSpan(start.TimeOfDay).ShouldBeGreaterThanOrEqualTo(new TimeOnly(8, 0));
            TimeOnly.FromTimeSpan(end.TimeOfDay).ShouldBeLessThanOrEqualTo(new TimeOnly(20, 0));
            end.Date.ShouldBe(start.Date);
        }
        // 10:00 starts too soon; today offers 12, 14, 16 and 18, then two full days of six.
        slots[0].StartUtc.ShouldBe(new DateTimeOffset(2031, 1, 15, 12, 0, 0, TimeSpan.Zero));
        slots.Count.ShouldBe(4 + 6 + 6);
        slots.Select(s => s.StartUtc).ShouldBeInOrder(SortDirection.Ascending);
    }

    [Fact]
    public async Task Delivery_slots_of_an_unknown_store_are_404()
    {
        await (await factory.Anonymous().GetAsync($"/api/v1/stores/{Guid.NewGuid()}/delivery-slots")).ShouldHaveStatus(HttpStatusCode.NotFound);
    }

    internal static string Query(double lat, double lng) =>
        string.Create(CultureInfo.InvariantCulture, $"/api/v1/stores?lat={lat}&lng={lng}");

    internal static readonly System.Text.Json.JsonSerializerOptions Web = new(System.Text.Json.JsonSerializerDefaults.Web)
    {
        Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() },
    };
}

/// <summary>More stores than one page of the query: the nearest must still come first.</summary>
public sealed class ManyStoresTests
{
    [Fact]
    public async Task The_nearest_store_comes_first_even_among_hundreds_of_stores()
    {
        await using var factory = new PlazaFactory();
        await using (var scope = factory.Db())
        {
            var now = factory.Clock.GetUtcNow().UtcDateTime;
            for (var i = 0; i < 250; i++)
            {
                // Manchester, spread over a few kilometres.
                var merchant = Plaza.Web.Modules.Stores.Merchant.Create("Far merchant " + i, now);
                scope.Db.AddRange(merchant,
                    Plaza.Web.Modules.Stores.Store.Open(merchant.Id, $"Far store {i:000}", "Manchester", 53.48 + i * 0.0001, -2.24, "GBP", now));
            }
            await scope.Db.SaveChangesAsync();
        }
        var near = await factory.StoreAsync(name: "Zz Angel store"); // created last, last by name too

        var response = await factory.Anonymous().GetAsync(StoreListingTests.Query(TestData.AngelLat, TestData.AngelLng));

        var stores = (await response.ShouldHaveStatus(HttpStatusCode.OK)).Deserialize<List<StoreListingTests.StoreDto>>(StoreListingTests.Web)!;
        stores.ShouldNotBeEmpty();
        stores[0].Id.ShouldBe(near.Id);
        stores[0].DistanceMeters.ShouldBe(0);
    }
}
