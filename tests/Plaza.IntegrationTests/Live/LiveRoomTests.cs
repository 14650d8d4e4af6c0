using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Plaza.IntegrationTests.Infrastructure;
using Plaza.Web.Modules.Leaders;

namespace Plaza.IntegrationTests.Live;

/// <summary>Scheduling rooms, who may host, the /live listing, and who hears of a room.</summary>
public sealed class LiveRoomTests(PlazaFactory factory) : IClassFixture<PlazaFactory>
{
    [Fact]
    public async Task Staff_schedule_a_room_with_products_and_it_is_listed_as_upcoming_with_their_cards()
    {
        var stage = await factory.StageAsync();
        var host = await factory.ScheduleAsync(stage, "Friday bake-off");

        host.GetProperty("streamKey").GetString()!.Length.ShouldBe(32);
        var room = host.GetProperty("room");
        room.GetProperty("state").GetString().ShouldBe("scheduled");
        room.GetProperty("videoConnected").GetBoolean().ShouldBeFalse();
        room.GetProperty("products").EnumerateArray().Select(p => p.GetProperty("name").GetString()).ShouldBe(["Sourdough loaf", "Plum jam"]);

        var listing = await (await factory.Anonymous().GetAsync($"/api/v1/live-rooms?storeId={stage.StoreId}")).ShouldHaveStatus(HttpStatusCode.OK);
        listing.GetProperty("upcoming").EnumerateArray().Select(r => r.GetProperty("title").GetString()).ShouldContain("Friday bake-off");
        listing.GetProperty("live").GetArrayLength().ShouldBe(0);
    }

    [Fact]
    public async Task Only_staff_and_approved_leaders_host_and_bad_requests_name_their_fields()
    {
        var stage = await factory.StageAsync();
        var shopper = await factory.CreateAccountAsync();
        var body = new { storeId = stage.StoreId, title = "Pop-up", scheduledStartUtc = factory.Clock.GetUtcNow().UtcDateTime.AddHours(2),
            skuIds = new[] { stage.Loaf } };

        (await shopper.Client.PostAsJsonAsync("/api/v1/live-rooms", body)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        await using (var scope = factory.Db())
        {
            var leader =
                Leader.Apply(stage.StoreId, shopper.Id, "Mei's doorstep", Plaza.Web.Modules.Stores.Contracts.PartnerPickupKind.LeaderHome, "1 Elm Court",
                51.53, -0.10, factory.Clock.GetUtcNow().UtcDateTime);
            leader.Approve(Guid.NewGuid(), stage.Host.Id, factory.Clock.GetUtcNow().UtcDateTime);
            scope.Db.Add(leader);
            await scope.Db.SaveChangesAsync();
        }
        await (await shopper.Client.PostAsJsonAsync("/api/v1/live-rooms", body)).ShouldHaveStatus(HttpStatusCode.Created);

        await (await stage.Host.Client.PostAsJsonAsync("/api/v1/live-rooms", new { storeId = stage.StoreId, title = "", skuIds = Array.Empty<Guid>() }))
            .ShouldBeValidationProblem("title");
        await (await stage.Host.Client.PostAsJsonAsync("/api/v1/live-rooms", body with { skuIds = new[] { Guid.NewGuid() } }))
            .ShouldBeValidationProblem("skuIds");
        (await stage.Host.Client.PostAsJsonAsync("/api/v1/live-rooms", body with { storeId = Guid.NewGuid() })).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Followers_hear_when_a_room_is_announced_and_goes_live_and_so_do_shoppers_who_asked_to_be_reminded()
    {
        var stage = await factory.StageAsync();
        var follower = await factory.CreateShopperAsync();
        await (await follower.PostAsJsonAsync("/api/v1/follows", new { storeId = stage.StoreId })).ShouldHaveStatus(HttpStatusCode.Created);
        var reminded = await factory.CreateShopperAsync();

        var roomId = (await factory.ScheduleAsync(stage, "Cheese night")).RoomId();
        await factory.DispatchAsync();
        (await follower.NotificationTextsAsync($"/live/{roomId}")).ShouldHaveSingleItem()!.ShouldContain("will be live: Cheese night");

        await (await reminded.PutAsync($"/api/v1/live-rooms/{roomId}/reminder", null)).ShouldHaveStatus(HttpStatusCode.OK);
        await (await reminded.PutAsync($"/api/v1/live-rooms/{roomId}/reminder", null)).ShouldHaveStatus(HttpStatusCode.OK);
        await (await stage.Host.Client.PostAsync($"/api/v1/live-rooms/{roomId}/start", null)).ShouldHaveStatus(HttpStatusCode.OK);
        await factory.DispatchAsync();
        await factory.RedeliverEverythingAsync();

        (await reminded.NotificationTextsAsync($"/live/{roomId}")).ShouldHaveSingleItem()!.ShouldContain("is live now: Cheese night");
        (await follower.NotificationTextsAsync($"/live/{roomId}")).Count.ShouldBe(2);
        (await reminded.PutAsync($"/api/v1/live-rooms/{roomId}/reminder", null)).StatusCode.ShouldBe(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task Two_starts_at_once_announce_the_room_once()
    {
        var stage = await factory.StageAsync();
        var follower = await factory.CreateShopperAsync();
        await (await follower.PostAsJsonAsync("/api/v1/follows", new { storeId = stage.StoreId })).ShouldHaveStatus(HttpStatusCode.Created);
        var roomId = (await factory.ScheduleAsync(stage)).RoomId();

        await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => stage.Host.Client.PostAsync($"/api/v1/live-rooms/{roomId}/start", null)));
        await factory.DispatchAsync();

        await using var scope = factory.Db();
        (await scope.Db.Set<Plaza.Web.Platform.Events.OutboxMessage>().CountAsync(m => m.Type == "LiveRoomWentLive" && m.Payload.Contains(roomId.ToString())))
            .ShouldBe(1);
    }
}
