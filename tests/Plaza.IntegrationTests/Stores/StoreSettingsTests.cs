using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Plaza.IntegrationTests.Infrastructure;
using Plaza.Web.Modules.Stores;

namespace Plaza.IntegrationTests.Stores;

public sealed class StoreSettingsTests(PlazaFactory factory) : IClassFixture<PlazaFactory>
{
    private static object Settings(string opensAt = "07:30", string closesAt = "21:00") => new
    {
        name = "Angel Corner Shop",
        address = "12 Upper Street, London N1 0PQ",
        phone = "+44 20 7946 0000",
        opensAt,
        closesAt,
        deliveryRadiusMeters = 4500,
        deliveryFeeMinor = 250,
    };

    [Fact]
    public async Task Staff_can_change_the_store_settings()
    {
        var store = await factory.StoreAsync();
        var staff = await factory.CreateStaffAsync(store.Id);

        var response = await staff.PutAsJsonAsync($"/api/v1/stores/{store.Id}", Settings());

        var body = await response.ShouldHaveStatus(HttpStatusCode.OK);
        body.GetProperty("opensAt").GetString().ShouldBe("07:30");
        await using var scope = factory.Db();
        var stored = await scope.Db.Set<Store>().AsNoTracking().SingleAsync(s => s.Id == store.Id);
        stored.Name.ShouldBe("Angel Corner Shop");
        stored.OpensAt.ShouldBe(new TimeOnly(7, 30));
        stored.ClosesAt.ShouldBe(new TimeOnly(21, 0));
        stored.DeliveryRadiusMeters.ShouldBe(4500);
        stored.DeliveryFeeMinor.ShouldBe(250);
    }

    [Fact]
    public async Task A_shopper_changing_store_settings_gets_404_and_nothing_changes()
    {
        var store = await factory.StoreAsync();
        var shopper = await factory.CreateShopperAsync();

        var response = await shopper.PutAsJsonAsync($"/api/v1/stores/{store.Id}", Settings());

        await response.ShouldHaveStatus(HttpStatusCode.NotFound);
        await using var scope = factory.Db();
        (await scope.Db.Set<Store>().AsNoTracking().SingleAsync(s => s.Id == store.Id)).Name.ShouldBe(store.Name);
    }

    [Fact]
    public async Task Staff_of_another_store_get_404()
    {
        var store = await factory.StoreAsync();
        var other = await factory.StoreAsync();
        var staffElsewhere = await factory.CreateStaffAsync(other.Id);

        await (await staffElsewhere.PutAsJsonAsync($"/api/v1/stores/{store.Id}", Settings())).ShouldHaveStatus(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Closing_before_opening_is_a_409_invalid_opening_hours_and_nothing_changes()
    {
        var store = await factory.StoreAsync();
        var staff = await factory.CreateStaffAsync(store.Id);

        var response = await staff.PutAsJsonAsync($"/api/v1/stores/{store.Id}", Settings(opensAt: "18:00", closesAt: "09:00"));

        await response.ShouldBeProblem(HttpStatusCode.Conflict, "invalid_opening_hours");
        await using var scope = factory.Db();
        var stored = await scope.Db.Set<Store>().AsNoTracking().SingleAsync(s => s.Id == store.Id);
        stored.OpensAt.ShouldBe(new TimeOnly(8, 0));
        stored.ClosesAt.ShouldBe(new TimeOnly(20, 0));
        stored.Name.ShouldBe(store.Name);
    }

    [Fact]
    public async Task A_time_not_in_HH_mm_form_is_a_400_naming_the_field()
    {
        var store = await factory.StoreAsync();
        var staff = await factory.CreateStaffAsync(store.Id);

        await (await staff.PutAsJsonAsync($"/api/v1/stores/{store.Id}", Settings(opensAt: "7am"))).ShouldBeValidationProblem("opensAt");
    }

    [Theory]
    [InlineData("deliveryRadiusMeters", "1500.5")]
    [InlineData("deliveryRadiusMeters", "\"far\"")]
    [InlineData("deliveryFeeMinor", "2.5")]
    [InlineData("deliveryFeeMinor", "\"free\"")]
    public async Task A_fractional_or_text_value_for_a_whole_number_is_a_400_naming_the_field_not_a_500(string field, string json)
    {
        var store = await factory.StoreAsync();
        var staff = await factory.CreateStaffAsync(store.Id);
        var radius = field == "deliveryRadiusMeters" ? json : "3000";
        var fee = field == "deliveryFeeMinor" ? json : "0";
        var body = """{ "name": "Shop", "address": "1 Road", "opensAt": "08:00", "closesAt": "20:00", "deliveryRadiusMeters": """ +
            $$"""{{radius}}, "deliveryFeeMinor": {{fee}} }""";

        var response = await staff.PutAsync($"/api/v1/stores/{store.Id}", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        await response.ShouldBeValidationProblem(field);
    }

    [Fact]
    public async Task Staff_cannot_retire_the_last_pickup_point()
    {
        var store = await factory.StoreAsync();
        var staff = await factory.CreateStaffAsync(store.Id);
        var counter = store.PickupPoints.Single();

        var response = await staff.DeleteAsync($"/api/v1/stores/{store.Id}/pickup-points/{counter.Id}");

        await response.ShouldBeProblem(HttpStatusCode.Conflict, "last_pickup_point");
        await using var scope = factory.Db();
        (await scope.Db.Set<PickupPoint>().AsNoTracking().SingleAsync(p => p.Id == counter.Id)).IsActive.ShouldBeTrue();
    }

    [Fact]
    public async Task Staff_can_add_a_pickup_point_and_then_retire_the_counter()
    {
        var store = await factory.StoreAsync();
        var staff = await factory.CreateStaffAsync(store.Id);
        var counter = store.PickupPoints.Single();

        var added = await staff.PostAsJsonAsync($"/api/v1/stores/{store.Id}/pickup-points",
            new { name = "Parcel locker", kind = "parcel_station", address = "Angel station", latitude = 51.5322, longitude = -0.1058 });
        await added.ShouldHaveStatus(HttpStatusCode.Created);
        var retired = await staff.DeleteAsync($"/api/v1/stores/{store.Id}/pickup-points/{counter.Id}");

        await retired.ShouldHaveStatus(HttpStatusCode.NoContent);
        await using var scope = factory.Db();
        var points = await scope.Db.Set<PickupPoint>().AsNoTracking().Where(p => p.StoreId == store.Id).ToListAsync();
        points.Count.ShouldBe(2);
        points.Single(p => p.IsActive).Name.ShouldBe("Parcel locker");
    }
}
