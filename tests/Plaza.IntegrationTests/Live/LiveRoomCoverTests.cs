using System.Net;
using System.Net.Http.Headers;
using Plaza.IntegrationTests.Infrastructure;

namespace Plaza.IntegrationTests.Live;

/// <summary>A room's cover picture: the host's own, checked like every upload, replacing the first product's photo in lists.</summary>
public sealed class LiveRoomCoverTests(PlazaFactory factory) : IClassFixture<PlazaFactory>
{
    private static MultipartFormDataContent Upload(byte[] bytes, string fileName, string contentType)
    {
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        return new MultipartFormDataContent { { file, "file", fileName } };
    }

    [Fact]
    public async Task The_host_sets_a_cover_that_lists_show_and_a_new_one_replaces_it_while_strangers_and_non_pictures_are_refused()
    {
        var stage = await factory.StageAsync();
        var roomId = (await factory.ScheduleAsync(stage, "Cheese night")).RoomId();
        var cover = $"/api/v1/live-rooms/{roomId}/cover";

        var first = await (await stage.Host.Client.PutAsync(cover, Upload(TinyPng.Create(16, 9), "cover.png", "image/png")))
            .ShouldHaveStatus(HttpStatusCode.OK);
        var firstUrl = first.GetProperty("room").GetProperty("coverUrl").GetString()!;
        firstUrl.ShouldStartWith("/media/photos/");
        (await factory.Anonymous().GetAsync(firstUrl)).StatusCode.ShouldBe(HttpStatusCode.OK);
        var listing = await (await factory.Anonymous().GetAsync($"/api/v1/live-rooms?storeId={stage.StoreId}")).ShouldHaveStatus(HttpStatusCode.OK);
        listing.GetProperty("upcoming").EnumerateArray().Single(r => r.GetProperty("id").GetGuid() == roomId)
            .GetProperty("coverUrl").GetString().ShouldBe(firstUrl);

        var second = await (await stage.Host.Client.PutAsync(cover, Upload(TinyPng.Create(32, 18), "better.png", "image/png")))
            .ShouldHaveStatus(HttpStatusCode.OK);
        second.GetProperty("room").GetProperty("coverUrl").GetString().ShouldNotBe(firstUrl);
        (await factory.Anonymous().GetAsync(firstUrl)).StatusCode.ShouldBe(HttpStatusCode.NotFound, "the old cover's file is gone");

        await (await stage.Host.Client.PutAsync(cover, Upload("not a picture"u8.ToArray(), "cover.png", "image/png"))).ShouldBeValidationProblem("file");
        (await (await factory.CreateShopperAsync()).PutAsync(cover, Upload(TinyPng.Create(16, 9), "mine.png", "image/png")))
            .StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }
}
