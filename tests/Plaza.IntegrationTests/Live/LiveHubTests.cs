using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.SignalR.Client;
using Plaza.IntegrationTests.Infrastructure;
using Plaza.Web.Modules.Live;

namespace Plaza.IntegrationTests.Live;

/// <summary>The hub as viewers use it: chat, pinned products, likes shown as a total, the viewer count.</summary>
public sealed class LiveHubTests(PlazaFactory factory) : IClassFixture<PlazaFactory>
{
    [Fact]
    public async Task A_message_reaches_every_viewer_and_a_late_joiner_sees_it_in_the_recent_chat()
    {
        var stage = await factory.StageAsync();
        var roomId = await factory.LiveRoomAsync(stage);
        var lucia = await factory.CreateAccountAsync(displayName: "Lucía");
        await using var sender = await factory.ViewerAsync(lucia);
        await using var anonymous = await factory.ViewerAsync();
        var heard = anonymous.Listen<ChatMessageView[]>("Messages");
        await sender.InvokeAsync<JoinView?>("Join", roomId);
        var joined = await anonymous.InvokeAsync<JoinView?>("Join", roomId);
        joined!.SignedIn.ShouldBeFalse();
        (await anonymous.InvokeAsync<LiveActionResult>("Send", roomId, "Hi")).Code.ShouldBe("sign_in");

        (await sender.InvokeAsync<LiveActionResult>("Send", roomId, "¿Hay pan sin gluten?")).Ok.ShouldBeTrue();

        var message = (await heard.AtLeast(1))[0].ShouldHaveSingleItem();
        message.AuthorName.ShouldBe("Lucía");
        message.Text.ShouldBe("¿Hay pan sin gluten?");
        await using var late = await factory.ViewerAsync();
        (await late.InvokeAsync<JoinView?>("Join", roomId))!.Messages.Select(m => m.Text).ShouldContain("¿Hay pan sin gluten?");
    }

    [Fact]
    public async Task A_pinned_product_reaches_viewers_with_the_stores_price_and_stock_now()
    {
        var stage = await factory.StageAsync();
        var roomId = await factory.LiveRoomAsync(stage);
        await using var viewer = await factory.ViewerAsync();
        var pins = viewer.Listen<ProductCardView?>("PinnedProduct");
        await viewer.InvokeAsync<JoinView?>("Join", roomId);
        await using var host = await factory.ViewerAsync(stage.Host);
        await host.InvokeAsync<JoinView?>("Join", roomId);

        (await host.InvokeAsync<LiveActionResult>("PinProduct", roomId, stage.Jam)).Ok.ShouldBeTrue();

        var card = (await pins.AtLeast(1))[0]!;
        card.Name.ShouldBe("Plum jam");
        card.PriceMinor.ShouldBe(600);
        card.Stock.ShouldBe(5);
        (await viewer.InvokeAsync<LiveActionResult>("PinProduct", roomId, stage.Loaf)).Code.ShouldBe("not_found");
        (await host.InvokeAsync<LiveActionResult>("PinProduct", roomId, Guid.NewGuid())).Code.ShouldBe("not_in_room");
        await (await stage.Host.Client.PutAsJsonAsync($"/api/v1/live-rooms/{roomId}/pinned-product", new { skuId = (Guid?)null }))
            .ShouldHaveStatus(HttpStatusCode.NoContent);
        (await pins.AtLeast(2))[1].ShouldBeNull();
        (await (await factory.Anonymous().GetAsync($"/api/v1/live-rooms/{roomId}/timeline")).ShouldHaveStatus(HttpStatusCode.OK))
            .GetProperty("items").EnumerateArray().Select(i => i.GetProperty("kind").GetString()).ShouldBe(["product-pinned", "product-unpinned"]);
    }

    [Fact]
    public async Task Likes_are_counted_exactly_and_shown_as_one_total_at_most_once_a_second()
    {
        var stage = await factory.StageAsync();
        var roomId = await factory.LiveRoomAsync(stage);
        await using var watcher = await factory.ViewerAsync();
        var totals = watcher.Listen<long>("Likes");
        await watcher.InvokeAsync<JoinView?>("Join", roomId);
        var fans = new List<HubConnection>();
        for (var i = 0; i < 3; i++) fans.Add(await factory.ViewerAsync(await factory.CreateAccountAsync()));
        (await fans[0].InvokeAsync<LiveActionResult>("Like", roomId, 1000)).Ok.ShouldBeTrue();
        await Task.WhenAll(fans.Select(f => f.InvokeAsync<LiveActionResult>("Like", roomId, 7)));

        await ShowLikesAsync();
        (await totals.AtLeast(1))[0].ShouldBe(LikeCounter.MaxTapsPerCall + 21);
        await Task.WhenAll(fans.Select(f => f.InvokeAsync<LiveActionResult>("Like", roomId, 1)));
        await ShowLikesAsync();
        totals.Items.Count.ShouldBe(1);
        factory.Clock.Advance(TimeSpan.FromSeconds(1));
        await ShowLikesAsync();
        (await totals.AtLeast(2))[1].ShouldBe(LikeCounter.MaxTapsPerCall + 24);
        foreach (var f in fans) await f.DisposeAsync();
    }

    [Fact]
    public async Task A_burst_of_messages_reaches_viewers_complete_and_in_order_in_batches()
    {
        var stage = await factory.StageAsync();
        var roomId = await factory.LiveRoomAsync(stage);
        await using var viewer = await factory.ViewerAsync();
        var heard = viewer.Listen<ChatMessageView[]>("Messages");
        await viewer.InvokeAsync<JoinView?>("Join", roomId);
        var said = Enumerable.Range(1, 12).Select(i => $"Fresh loaves in the window, batch {i}").ToList();

        // The host is not paced: twelve messages as fast as the API takes them.
        foreach (var text in said)
            await (await stage.Host.Client.PostAsJsonAsync($"/api/v1/live-rooms/{roomId}/messages", new { text })).ShouldHaveStatus(HttpStatusCode.Created);

        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (heard.Items.Sum(b => b.Length) < said.Count && DateTime.UtcNow < deadline) await Task.Delay(50);
        heard.Items.SelectMany(b => b).Select(m => m.Text).ShouldBe(said);
    }

    [Fact]
    public async Task The_viewer_count_counts_connections_that_beat_in_the_last_30_seconds()
    {
        var stage = await factory.StageAsync();
        var roomId = await factory.LiveRoomAsync(stage);
        await using var one = await factory.ViewerAsync();
        await using var two = await factory.ViewerAsync();
        (await one.InvokeAsync<JoinView?>("Join", roomId))!.Viewers.ShouldBe(1);
        (await two.InvokeAsync<JoinView?>("Join", roomId))!.Viewers.ShouldBe(2);

        factory.Clock.Advance(TimeSpan.FromSeconds(20));
        await two.InvokeAsync("Beat", roomId);
        factory.Clock.Advance(TimeSpan.FromSeconds(15));
        var presence = factory.Service<IViewerPresence>();
        (await presence.Count(roomId, factory.Clock.GetUtcNow().UtcDateTime)).ShouldBe(1);

        var stats = await (await stage.Host.Client.GetAsync($"/api/v1/live-rooms/{roomId}/stats")).ShouldHaveStatus(HttpStatusCode.OK);
        stats.GetProperty("currentViewers").GetInt32().ShouldBe(1);
    }

    private async Task ShowLikesAsync()
    {
        await using var scope = factory.Db();
        await ShowLikes.Run(factory.Service<LikeCounter>(), scope.Db, factory.Service<LiveBroadcast>(), factory.Clock, CancellationToken.None);
    }
}
