using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.SignalR.Client;
using Plaza.IntegrationTests.Infrastructure;

namespace Plaza.IntegrationTests.Live;

/// <summary>The chat's rules: the content pipeline, slow mode and the rate cap, mutes and bans that hold, deleting for everyone.</summary>
public sealed class LiveChatTests(PlazaFactory factory) : IClassFixture<PlazaFactory>
{
    private static Task<HttpResponseMessage> Say(HttpClient client, Guid roomId, string text) =>
        client.PostAsJsonAsync($"/api/v1/live-rooms/{roomId}/messages", new { text });

    [Fact]
    public async Task Slow_mode_lets_one_message_through_per_interval_and_the_host_is_exempt()
    {
        var stage = await factory.StageAsync();
        var roomId = await factory.LiveRoomAsync(stage);
        var viewer = await factory.CreateShopperAsync();
        await (await stage.Host.Client.PatchAsJsonAsync($"/api/v1/live-rooms/{roomId}", new { slowModeSeconds = 30 })).ShouldHaveStatus(HttpStatusCode.OK);

        await (await Say(viewer, roomId, "Is the loaf still warm?")).ShouldHaveStatus(HttpStatusCode.Created);
        var tooSoon = await Say(viewer, roomId, "Hello?");
        tooSoon.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        tooSoon.Headers.RetryAfter!.Delta!.Value.TotalSeconds.ShouldBe(30);
        for (var i = 0; i < 3; i++) await (await Say(stage.Host.Client, roomId, $"Yes, fresh at eight ({i})")).ShouldHaveStatus(HttpStatusCode.Created);

        factory.Clock.Advance(TimeSpan.FromSeconds(30));
        await (await Say(viewer, roomId, "Lovely, thanks")).ShouldHaveStatus(HttpStatusCode.Created);
    }

    [Fact]
    public async Task Without_slow_mode_a_viewer_still_cannot_flood_even_all_at_once()
    {
        var stage = await factory.StageAsync();
        var roomId = await factory.LiveRoomAsync(stage);
        var viewer = await factory.CreateShopperAsync();

        var responses = await Task.WhenAll(Enumerable.Range(0, 12).Select(i => Say(viewer, roomId, $"Question number {i} about the jam")));

        responses.Count(r => r.StatusCode == HttpStatusCode.Created).ShouldBe(5);
        responses.Count(r => r.StatusCode == HttpStatusCode.TooManyRequests).ShouldBe(7);
        factory.Clock.Advance(TimeSpan.FromSeconds(10));
        await (await Say(viewer, roomId, "One more after a pause")).ShouldHaveStatus(HttpStatusCode.Created);
    }

    [Fact]
    public async Task Chat_goes_through_the_content_pipeline_and_bad_input_names_the_field()
    {
        var stage = await factory.StageAsync();
        var roomId = await factory.LiveRoomAsync(stage);
        var viewer = await factory.CreateShopperAsync();

        await (await Say(viewer, roomId, "Pay me by bank transfer to my account and skip the app fees")).ShouldBeValidationProblem("text");
        await (await Say(viewer, roomId, "")).ShouldBeValidationProblem("text");
        await (await Say(viewer, roomId, new string('a', 301))).ShouldBeValidationProblem("text");
        (await Say(viewer, Guid.NewGuid(), "Anyone here?")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await Say(factory.Anonymous(), roomId, "Hi")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task A_ban_holds_across_new_connections_and_the_banned_person_is_told_on_every_tab()
    {
        var stage = await factory.StageAsync();
        var roomId = await factory.LiveRoomAsync(stage);
        var troll = await factory.CreateAccountAsync(displayName: "Troll");
        await using var firstTab = await factory.ViewerAsync(troll);
        var told = new Received<(Guid Room, string Kind)>();
        firstTab.On<Guid, string>("Sanctioned", (room, kind) => told.Add((room, kind)));
        (await firstTab.InvokeAsync<Plaza.Web.Modules.Live.JoinView?>("Join", roomId)).ShouldNotBeNull();

        await (await stage.Host.Client.PostAsJsonAsync($"/api/v1/live-rooms/{roomId}/sanctions", new { accountId = troll.Id, kind = "ban" }))
            .ShouldHaveStatus(HttpStatusCode.NoContent);
        (await told.AtLeast(1)).ShouldContain((roomId, "ban"));

        await using var newTab = await factory.ViewerAsync(troll);
        var joined = await newTab.InvokeAsync<Plaza.Web.Modules.Live.JoinView?>("Join", roomId);
        joined!.Sanction.ShouldBe("ban");
        var sent = await newTab.InvokeAsync<Plaza.Web.Modules.Live.LiveActionResult>("Send", roomId, "I'm back");
        sent.Ok.ShouldBeFalse();
        sent.Code.ShouldBe("banned");
        await (await Say(troll.Client, roomId, "And through the API?")).ShouldBeProblem(HttpStatusCode.Forbidden, "banned");

        await (await stage.Host.Client.DeleteAsync($"/api/v1/live-rooms/{roomId}/sanctions/{troll.Id}")).ShouldHaveStatus(HttpStatusCode.NoContent);
        await (await Say(troll.Client, roomId, "Sorry about that")).ShouldHaveStatus(HttpStatusCode.Created);
    }

    [Fact]
    public async Task A_muted_viewer_watches_but_cannot_chat_and_a_deleted_message_disappears_for_everyone()
    {
        var stage = await factory.StageAsync();
        var roomId = await factory.LiveRoomAsync(stage);
        var rude = await factory.CreateAccountAsync(displayName: "Rude");
        await using var watcher = await factory.ViewerAsync();
        var deleted = watcher.Listen<Guid>("MessageDeleted");
        await watcher.InvokeAsync<Plaza.Web.Modules.Live.JoinView?>("Join", roomId);

        var message = await (await Say(rude.Client, roomId, "This jam is overpriced rubbish")).ShouldHaveStatus(HttpStatusCode.Created);
        var messageId = message.GetProperty("id").GetGuid();
        await (await stage.Host.Client.DeleteAsync($"/api/v1/live-rooms/{roomId}/messages/{messageId}")).ShouldHaveStatus(HttpStatusCode.NoContent);
        (await deleted.AtLeast(1)).ShouldContain(messageId);
        await (await stage.Host.Client.PostAsJsonAsync($"/api/v1/live-rooms/{roomId}/sanctions", new { accountId = rude.Id, kind = "mute" }))
            .ShouldHaveStatus(HttpStatusCode.NoContent);
        await (await Say(rude.Client, roomId, "Why?")).ShouldBeProblem(HttpStatusCode.Forbidden, "muted");

        var rejoin = await watcher.InvokeAsync<Plaza.Web.Modules.Live.JoinView?>("Join", roomId);
        rejoin!.Messages.ShouldNotContain(m => m.Id == messageId);
        var timeline = await (await factory.Anonymous().GetAsync($"/api/v1/live-rooms/{roomId}/timeline")).ShouldHaveStatus(HttpStatusCode.OK);
        timeline.GetProperty("items").EnumerateArray().ShouldNotContain(i => i.GetProperty("kind").GetString() == "message");

        // A stranger can neither delete nor sanction.
        var stranger = await factory.CreateShopperAsync();
        (await stranger.DeleteAsync($"/api/v1/live-rooms/{roomId}/messages/{messageId}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await stranger.PostAsJsonAsync($"/api/v1/live-rooms/{roomId}/sanctions", new { accountId = rude.Id, kind = "ban" }))
            .StatusCode.ShouldBe(HttpStatusCode.NotFound);
        await (await stage.Host.Client.PostAsJsonAsync($"/api/v1/live-rooms/{roomId}/sanctions", new { accountId = rude.Id, kind = "exile" }))
            .ShouldBeValidationProblem("kind");
    }
}
