using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.SignalR.Client;
using Plaza.IntegrationTests.Infrastructure;
using Plaza.IntegrationTests.Infrastructure.Media;
using Plaza.Web.Modules.Live;

namespace Plaza.IntegrationTests.Live;

/// <summary>
/// Two app nodes on one database and one real Redis (started by the test, as test.sh installs it): what happens on one
/// node reaches viewers on the other through SignalR's Redis backplane, and the viewer count counts both.
/// </summary>
public sealed class TwoNodeTests
{
    [MediaFact]
    public async Task A_message_a_pinned_product_and_a_ban_cross_from_one_node_to_the_other()
    {
        await using var redis = await RedisServer.StartAsync();
        await using var nodeA = new PlazaFactory(new Dictionary<string, string?> { ["Redis:Configuration"] = redis.Configuration });
        await using var nodeB = new PlazaFactory(new Dictionary<string, string?>
        {
            ["Redis:Configuration"] = redis.Configuration, ["ConnectionStrings:Plaza"] = nodeA.Database.ConnectionString,
        });
        nodeB.Clock.SetUtcNow(nodeA.Clock.GetUtcNow());
        var stage = await nodeA.StageAsync();
        var roomId = await nodeA.LiveRoomAsync(stage);
        var troll = await nodeA.CreateAccountAsync(displayName: "Troll");

        _ = nodeB.Server; // start node B on the shared database
        await using var viewerOnB = await nodeB.ViewerAsync();
        var messages = viewerOnB.Listen<ChatMessageView[]>("Messages");
        var pins = viewerOnB.Listen<ProductCardView?>("PinnedProduct");
        await using var viewerOnA = await nodeA.ViewerAsync();
        (await viewerOnA.InvokeAsync<JoinView?>("Join", roomId)).ShouldNotBeNull();
        (await viewerOnB.InvokeAsync<JoinView?>("Join", roomId))!.Viewers.ShouldBe(2);
        await using var trollOnB = await nodeB.ViewerAsync(troll);
        var told = new Received<(Guid Room, string Kind)>();
        trollOnB.On<Guid, string>("Sanctioned", (room, kind) => told.Add((room, kind)));
        await trollOnB.InvokeAsync<JoinView?>("Join", roomId);

        await (await stage.Host.Client.PostAsJsonAsync($"/api/v1/live-rooms/{roomId}/messages", new { text = "Hello from the counter" }))
            .ShouldHaveStatus(HttpStatusCode.Created);
        (await messages.AtLeast(1)).SelectMany(batch => batch).ShouldContain(m => m.Text == "Hello from the counter");

        await (await stage.Host.Client.PutAsJsonAsync($"/api/v1/live-rooms/{roomId}/pinned-product", new { skuId = stage.Jam }))
            .ShouldHaveStatus(HttpStatusCode.NoContent);
        (await pins.AtLeast(1))[0]!.Name.ShouldBe("Plum jam");

        await (await stage.Host.Client.PostAsJsonAsync($"/api/v1/live-rooms/{roomId}/sanctions", new { accountId = troll.Id, kind = "ban" }))
            .ShouldHaveStatus(HttpStatusCode.NoContent);
        (await told.AtLeast(1)).ShouldContain((roomId, "ban"));
        (await trollOnB.InvokeAsync<LiveActionResult>("Send", roomId, "Still here")).Code.ShouldBe("banned");
    }
}
