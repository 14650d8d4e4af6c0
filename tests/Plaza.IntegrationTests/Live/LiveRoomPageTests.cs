using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.EntityFrameworkCore;
using Plaza.IntegrationTests.Infrastructure;
using Plaza.Web.Modules.Live;

namespace Plaza.IntegrationTests.Live;

/// <summary>The room page as people use it: the host opens a live deal there, a viewer in the room buys it there and goes to pay.</summary>
public sealed partial class LiveRoomPageTests(PlazaFactory factory) : IClassFixture<PlazaFactory>
{
    private HttpClient Browser(string token)
    {
        var cookies = new CookieContainerHandler();
        cookies.Container.Add(new Uri("http://localhost"), new Cookie("plaza_session", token));
        return factory.CreateDefaultClient(cookies);
    }

    private static async Task<HttpResponseMessage> PostAsync(HttpClient browser, string page, string handler, params (string, string)[] fields)
    {
        var html = await browser.GetStringAsync(page);
        var token = Token().Match(html).Groups[1].Value;
        return await browser.PostAsync($"{page}?handler={handler}",
            new FormUrlEncodedContent(fields.Select(f => new KeyValuePair<string, string>(f.Item1, f.Item2)).Append(new("__RequestVerificationToken", token))));
    }

    [Fact]
    public async Task The_host_opens_a_deal_on_the_page_and_a_viewer_in_the_room_buys_it_from_the_page()
    {
        var stage = await factory.StageAsync();
        var roomId = await factory.LiveRoomAsync(stage);
        var page = $"/live/{roomId}";
        var host = Browser(stage.Host.Token);
        var hostPage = await host.GetStringAsync(page);
        hostPage.ShouldContain("data-testid=\"open-deal-form\"");
        hostPage.ShouldContain("data-testid=\"room-stats\"");

        var opened = await PostAsync(host, page, "OpenDeal", ("skuId", stage.Loaf.ToString()), ("price", "2.50"), ("quantity", "3"), ("limit", "1"),
            ("minutes", "5"));
        opened.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var viewer = await factory.CreateAccountAsync();
        await using (var hub = await factory.ViewerAsync(viewer)) await hub.InvokeAsync<JoinView?>("Join", roomId);
        var browser = Browser(viewer.Token);
        var html = await browser.GetStringAsync(page);
        html.ShouldContain("data-testid=\"live-deal\"");
        html.ShouldContain("2.50");
        html.ShouldNotContain("open-deal-form");

        await using var scope = factory.Db();
        var dealId = (await scope.Db.Set<LiveDeal>().SingleAsync(d => d.RoomId == roomId)).Id;
        var pickup = Regex.Match(html, "name=\"pickupPointId\" value=\"([^\"]+)\"").Groups[1].Value;
        var bought = await PostAsync(browser, page, "BuyDeal", ("dealId", dealId.ToString()), ("pickupPointId", pickup));
        bought.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        bought.Headers.Location!.ToString().ShouldNotContain("/live/");
        (await scope.Db.Set<LiveOrder>().CountAsync(o => o.RoomId == roomId)).ShouldBe(1);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();
}
