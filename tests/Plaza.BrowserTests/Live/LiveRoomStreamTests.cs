using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Plaza.BrowserTests.Infrastructure;
using Plaza.IntegrationTests.Infrastructure.Media;
using static Microsoft.Playwright.Assertions;

namespace Plaza.BrowserTests.Live;

/// <summary>
/// A live room end to end with real video: staff schedule it, a test pattern is streamed with ffmpeg through nginx-rtmp,
/// a shopper watches it play, chats, sees the pinned product, buys the live deal and pays; after the end the replay plays
/// with the chat in step with the recording.
/// </summary>
[Collection(LiveMediaCollection.Name)]
public sealed class LiveRoomStreamTests(LiveMediaFixture app)
{
    private static readonly TimeZoneInfo London = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");

    [MediaFact]
    public Task Staff_stream_a_room_a_shopper_watches_chats_and_buys_the_live_deal_and_the_replay_plays_afterwards() => app.RunSceneAsync(async scene =>
    {
        using var staffApi = await PlazaApi.SignInAsync(app.BaseUrl, "staff@plaza.test");
        var store = await staffApi.IslingtonAsync();

        // Staff schedule the room from the store's live page.
        var host = await scene.OpenAsync(Screen.Laptop, "host");
        await host.SignInAsync("staff@plaza.test");
        await host.GotoAsync($"/staff/stores/{store.Id}/live");
        await host.GetByTestId("new-live-room").ClickAsync();
        await host.GetByTestId("room-title").FillAsync("Saturday bake sale");
        var start = TimeZoneInfo.ConvertTimeFromUtc(DateTime.UtcNow.AddHours(1), London);
        await host.GetByTestId("room-start").FillAsync(start.ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture));
        await host.GetByTestId("room-sku").Nth(0).CheckAsync();
        await host.GetByTestId("room-sku").Nth(1).CheckAsync();
        await host.GetByTestId("schedule-room").ClickAsync();
        await host.WaitForURLAsync(new Regex(@"/live/[0-9a-f-]{36}$"));
        var roomUrl = new Uri(host.Url).AbsolutePath;
        var streamKey = await host.GetByTestId("stream-key").TextContentAsync();

        // The host starts streaming: nginx asks Plaza about the key, and the room goes live on the host's page by itself.
        await using var stream = TestStream.Start(app.Media.RtmpUrl, streamKey!.Trim());
        await Expect(host.GetByTestId("live-room")).ToHaveAttributeAsync("data-state", "live", new() { Timeout = 30_000 });

        // A shopper opens the room on her phone: the video plays (its clock moves on).
        using var shopperApi = await PlazaApi.RegisterAsync(app.BaseUrl);
        var shopper = await scene.OpenAsync(Screen.Phone, "shopper");
        await shopper.SignInAsync(shopperApi.Login);
        await shopper.GotoAsync(roomUrl);
        await Expect(shopper.GetByTestId("room-state")).ToHaveTextAsync("Live now");
        await VideoPlaysAsync(shopper, stream);
        await Expect(shopper.GetByTestId("live-room")).ToHaveAttributeAsync("data-connected", "true");

        // She asks a question; the host sees it.
        await shopper.GetByTestId("chat-text").FillAsync("Is the sourdough still warm?");
        await shopper.GetByTestId("chat-send").ClickAsync();
        await Expect(shopper.GetByTestId("chat-messages")).ToContainTextAsync("Is the sourdough still warm?");
        await Expect(host.GetByTestId("chat-messages")).ToContainTextAsync("Is the sourdough still warm?");

        // The host pins the first product: its card appears on her phone at once, with the stock left.
        var firstProduct = (await host.GetByTestId("room-product").Nth(0).Locator(".product-card__name").TextContentAsync())!.Trim();
        await host.GetByTestId("pin-product").Nth(0).ClickAsync();
        await Expect(shopper.GetByTestId("pinned-card")).ToContainTextAsync(firstProduct);
        await Expect(shopper.GetByTestId("pinned-stock")).ToContainTextAsync("left");
        await shopper.ShouldHaveNoSeriousAccessibilityViolationsAsync();

        // A live deal on that product: it appears in her room, she buys it and pays on the provider's page.
        await host.GetByTestId("deal-price").FillAsync("0.10");
        await host.GetByTestId("open-deal").ClickAsync();
        await Expect(shopper.GetByTestId("live-deal")).ToContainTextAsync(firstProduct, new() { Timeout = 30_000 });
        await shopper.GetByTestId("buy-deal").ClickAsync();
        var orderId = await shopper.ApprovePaymentAsync();
        var order = await Eventually.WaitForAsync(() => shopperApi.OrderAsync(orderId), o => o.GetProperty("status").GetString() == "paid",
            $"order {orderId} to be paid");
        order.GetProperty("lines")[0].GetProperty("unitPriceMinor").GetInt64().ShouldBe(10);

        // The host's numbers count the order from the room.
        await host.ReloadAsync();
        await Expect(host.GetByTestId("room-stats")).ToContainTextAsync("£0.10");

        // The stream stops: the room ends, and once nginx has turned the recording into a replay, the replay plays.
        (await stream.StopAsync()).ShouldBe(0, stream.Output);
        await shopper.GotoAsync(roomUrl);
        await Expect(shopper.GetByTestId("live-room")).ToHaveAttributeAsync("data-state", "replay", new() { Timeout = 60_000 });
        await Expect(shopper.GetByTestId("room-state")).ToHaveTextAsync("Replay");
        await VideoPlaysAsync(shopper, stream);

        // The chat replays in step: at the start her question has not been asked yet; at the end of the recording it has.
        await shopper.EvaluateAsync("() => { const v = document.getElementById('live-video'); v.pause(); v.currentTime = 0; }");
        await Expect(shopper.GetByTestId("chat-messages")).Not.ToContainTextAsync("Is the sourdough still warm?");
        await shopper.EvaluateAsync("() => { const v = document.getElementById('live-video'); v.currentTime = v.duration - 0.5; }");
        await Expect(shopper.GetByTestId("chat-messages")).ToContainTextAsync("Is the sourdough still warm?");
        await shopper.ShouldHaveNoSeriousAccessibilityViolationsAsync();
    });

    /// <summary>The video element's clock moves forward: frames are arriving and being played, not just a poster.</summary>
    private static async Task VideoPlaysAsync(IPage page, TestStream stream)
    {
        async Task<double> Now() => await page.EvaluateAsync<double>("() => document.getElementById('live-video')?.currentTime ?? 0");
        var first = await Eventually.WaitForAsync(Now, t => t > 0, $"the video to start playing (ffmpeg: {stream.Output})", timeoutSeconds: 60);
        await Eventually.WaitForAsync(Now, t => t > first + 1, "the video to keep playing", timeoutSeconds: 30);
    }
}
