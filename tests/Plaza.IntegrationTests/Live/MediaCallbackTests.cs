using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.SignalR.Client;
using Plaza.Web.Modules.Live;
using Plaza.IntegrationTests.Infrastructure;

namespace Plaza.IntegrationTests.Live;

/// <summary>nginx's RTMP callbacks: only the room's secret key (with the shared token) makes it live, under its public id.</summary>
public sealed class MediaCallbackTests(PlazaFactory factory) : IClassFixture<PlazaFactory>
{
    private HttpClient Nginx() => factory.CreateClient(new() { AllowAutoRedirect = false });

    private Task<HttpResponseMessage> Callback(string path, string name, string? token = null) =>
        Nginx().PostAsync($"/api/v1/live-rooms/media/{path}?token={token ?? factory.LiveCallbackToken}",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["app"] = "live", ["name"] = name, ["addr"] = "203.0.113.9" }));

    private static int GraceSeconds => new LiveOptions.MediaOptions().ReconnectGraceSeconds;

    private async Task EndDroppedStreamsAsync()
    {
        await using var scope = factory.Db();
        await EndDroppedStreams.Run(scope.Db, scope.Get<LiveBroadcast>(), new LiveOptions.MediaOptions(), factory.Clock, CancellationToken.None);
    }

    private async Task<JsonElement> RoomAsync(Guid roomId) =>
        await (await factory.Anonymous().GetAsync($"/api/v1/live-rooms/{roomId}")).ShouldHaveStatus(HttpStatusCode.OK);

    private async Task<string> StateAsync(Guid roomId) =>
        (await (await factory.Anonymous().GetAsync($"/api/v1/live-rooms/{roomId}")).ShouldHaveStatus(HttpStatusCode.OK)).GetProperty("state").GetString()!;

    [Fact]
    public async Task The_right_stream_key_makes_the_room_live_under_its_public_id_and_the_end_of_the_stream_ends_it()
    {
        var stage = await factory.StageAsync();
        var host = await factory.ScheduleAsync(stage);
        var roomId = host.RoomId();
        var key = host.GetProperty("streamKey").GetString()!;

        (await Callback("on-publish", "not-the-key")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await Callback("on-publish", key, token: "wrong")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await StateAsync(roomId)).ShouldBe("scheduled");

        var published = await Callback("on-publish", key);
        published.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        published.Headers.Location!.ToString().ShouldBe(roomId.ToString());
        (await StateAsync(roomId)).ShouldBe("live");
        // A viewer never sees the key.
        (await factory.Anonymous().GetStringAsync($"/api/v1/live-rooms/{roomId}")).ShouldNotContain(key);

        (await Callback("on-publish-done", roomId.ToString())).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await StateAsync(roomId)).ShouldBe("live", "it waits for the host to come back");
        factory.Clock.Advance(TimeSpan.FromSeconds(GraceSeconds + 1));
        await EndDroppedStreamsAsync();
        (await StateAsync(roomId)).ShouldBe("ended");
        (await Callback("replay-ready", roomId.ToString())).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await StateAsync(roomId)).ShouldBe("replay");

        // The key of a room that is over cannot go live again.
        (await Callback("on-publish", key)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task A_host_whose_stream_drops_and_comes_back_within_the_grace_period_stays_live_and_viewers_hear_of_both()
    {
        var stage = await factory.StageAsync();
        var host = await factory.ScheduleAsync(stage);
        var roomId = host.RoomId();
        var key = host.GetProperty("streamKey").GetString()!;
        (await Callback("on-publish", key)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        await using var viewer = await factory.ConnectAsync("/hubs/live");
        var video = viewer.Listen<bool>("Video");
        (await viewer.InvokeAsync<JoinView?>("Join", roomId)).ShouldNotBeNull();

        (await Callback("on-publish-done", roomId.ToString())).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await RoomAsync(roomId)).GetProperty("videoDropped").GetBoolean().ShouldBeTrue();
        factory.Clock.Advance(TimeSpan.FromSeconds(GraceSeconds - 10));
        (await Callback("on-publish", key)).StatusCode.ShouldBe(HttpStatusCode.Redirect, "the same key brings the video back");

        factory.Clock.Advance(TimeSpan.FromSeconds(30));
        await EndDroppedStreamsAsync();
        var room = await RoomAsync(roomId);
        room.GetProperty("state").GetString().ShouldBe("live");
        room.GetProperty("videoDropped").GetBoolean().ShouldBeFalse();
        (await video.AtLeast(2)).ShouldBe([true, false]);
    }

    [Fact]
    public async Task A_recording_ready_while_the_room_waits_for_its_host_becomes_the_replay_when_the_room_ends()
    {
        var stage = await factory.StageAsync();
        var host = await factory.ScheduleAsync(stage);
        var roomId = host.RoomId();
        (await Callback("on-publish", host.GetProperty("streamKey").GetString()!)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await Callback("on-publish-done", roomId.ToString())).StatusCode.ShouldBe(HttpStatusCode.OK);

        (await Callback("replay-ready", roomId.ToString())).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await StateAsync(roomId)).ShouldBe("live", "the host may still come back");
        factory.Clock.Advance(TimeSpan.FromSeconds(GraceSeconds + 1));
        await EndDroppedStreamsAsync();

        (await StateAsync(roomId)).ShouldBe("replay", "no later recording will announce itself");
    }

    [Fact]
    public async Task Callbacks_that_are_not_forms_or_name_nothing_are_refused_without_an_error()
    {
        var response = await Nginx().PostAsJsonAsync($"/api/v1/live-rooms/media/on-publish?token={factory.LiveCallbackToken}", new { name = "x" });
        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await Callback("on-publish", "")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await Callback("on-publish-done", Guid.NewGuid().ToString())).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_host_without_a_media_server_goes_live_and_ends_by_hand_and_a_stranger_cannot()
    {
        var stage = await factory.StageAsync();
        var roomId = (await factory.ScheduleAsync(stage)).RoomId();
        var stranger = await factory.CreateShopperAsync();

        (await stranger.PostAsync($"/api/v1/live-rooms/{roomId}/start", null)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        await (await stage.Host.Client.PostAsync($"/api/v1/live-rooms/{roomId}/start", null)).ShouldHaveStatus(HttpStatusCode.OK);
        (await StateAsync(roomId)).ShouldBe("live");
        await (await stage.Host.Client.PostAsync($"/api/v1/live-rooms/{roomId}/end", null)).ShouldHaveStatus(HttpStatusCode.OK);
        (await StateAsync(roomId)).ShouldBe("ended");

        // A room called off before it began has nothing to replay.
        var calledOff = (await factory.ScheduleAsync(stage)).RoomId();
        await (await stage.Host.Client.PostAsync($"/api/v1/live-rooms/{calledOff}/end", null)).ShouldHaveStatus(HttpStatusCode.OK);
        (await Callback("replay-ready", calledOff.ToString())).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await StateAsync(calledOff)).ShouldBe("ended");
    }
}
