using System.Net;
using System.Net.Http.Json;
using Plaza.IntegrationTests.Infrastructure;

namespace Plaza.IntegrationTests.Leaders;

/// <summary>A store's approved group-buy leader: the application's id, the pickup point approval made, and the leader's own client.</summary>
internal sealed record Lead(Guid Id, Guid PickupPoint, HttpClient Client);

internal static class LeaderArrange
{
    public static object Application(Guid store, string name = "Mei's doorstep, Elm Court") =>
        new { storeId = store, pointName = name, kind = "leader_home", address = "3 Elm Court, London N1", latitude = 51.533, longitude = -0.105 };

    /// <summary>A new shopper applies with a pickup point and the store's staff approve.</summary>
    public static async Task<Lead> ApprovedLeaderAsync(this PlazaFactory factory, Guid store, HttpClient staff, string point = "Mei's doorstep, Elm Court")
    {
        var client = await factory.CreateShopperAsync();
        var applied = await (await client.PostAsJsonAsync("/api/v1/leaders/applications", Application(store, point))).ShouldHaveStatus(HttpStatusCode.Created);
        applied.GetProperty("status").GetString().ShouldBe("pending");
        var id = applied.GetProperty("id").GetGuid();
        var approved = await (await staff.PostAsync($"/api/v1/leaders/{id}/approve", null)).ShouldHaveStatus(HttpStatusCode.OK);
        return new Lead(id, approved.GetProperty("pickupPointId").GetGuid(), client);
    }
}
