using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;
using Plaza.IntegrationTests.Infrastructure;

namespace Plaza.IntegrationTests.Live;

/// <summary>A store with two products and a staff host, a room scheduled there, and viewers connected to the hub.</summary>
internal static class LiveArrange
{
    public sealed record Stage(Guid StoreId, Guid Loaf, Guid Jam, TestAccount Host);

    public static async Task<Stage> StageAsync(this PlazaFactory factory)
    {
        var store = await factory.StoreAsync();
        var category = await factory.CategoryAsync("Bakery");
        var loaf = await factory.ProductAsync(store, category, "Sourdough loaf", "", new SkuSpec("LOAF", 400, 20));
        var jam = await factory.ProductAsync(store, category, "Plum jam", "", new SkuSpec("JAM", 600, 5));
        return new Stage(store.Id, loaf.Skus[0].Id, jam.Skus[0].Id, await factory.CreateStaffAccountAsync(store.Id));
    }

    /// <returns>The host's view of the new room (id, streamKey, room...).</returns>
    public static async Task<JsonElement> ScheduleAsync(this PlazaFactory factory, Stage stage, string title = "Friday bake-off", double inHours = 1)
    {
        var start = factory.Clock.GetUtcNow().UtcDateTime.AddHours(inHours);
        return await (await stage.Host.Client.PostAsJsonAsync("/api/v1/live-rooms",
            new { storeId = stage.StoreId, title, scheduledStartUtc = start, skuIds = new[] { stage.Loaf, stage.Jam } }))
            .ShouldHaveStatus(HttpStatusCode.Created);
    }

    public static Guid RoomId(this JsonElement hostView) => hostView.GetProperty("room").GetProperty("id").GetGuid();

    public static async Task<Guid> LiveRoomAsync(this PlazaFactory factory, Stage stage)
    {
        var roomId = (await factory.ScheduleAsync(stage)).RoomId();
        await (await stage.Host.Client.PostAsync($"/api/v1/live-rooms/{roomId}/start", null)).ShouldHaveStatus(HttpStatusCode.OK);
        return roomId;
    }

    /// <summary>A hub connection through the in-memory server (long polling), as <paramref name="account"/> or anonymous.</summary>
    public static Task<HubConnection> ViewerAsync(this PlazaFactory factory, TestAccount? account = null) =>
        factory.ConnectAsync("/hubs/live", account);

    public static T Service<T>(this PlazaFactory factory) where T : notnull => factory.Services.GetRequiredService<T>();
}
