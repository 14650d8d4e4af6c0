using System.Globalization;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Plaza.BrowserTests.Infrastructure;
using Plaza.Web.Modules.Demo;
using static Microsoft.Playwright.Assertions;

namespace Plaza.BrowserTests.Referral;

[Collection(BrowserCollection.Name)]
public sealed class PromoterTests(BrowserFixture app)
{
    [Fact]
    public Task A_shopper_becomes_a_promoter_and_sees_commission_when_a_friend_they_brought_in_completes_an_order() => app.RunSceneAsync(async scene =>
    {
        using var promoterApi = await PlazaApi.RegisterAsync(app.BaseUrl);
        var promoter = await scene.OpenAsync(Screen.Phone, "promoter");
        await promoter.SignInAsync(promoterApi.Login);
        await promoter.GotoAsync("/account");
        await promoter.GetByTestId("promoter-link").ClickAsync();
        await promoter.ShouldHaveNoSeriousAccessibilityViolationsAsync();
        await promoter.GetByTestId("become-promoter").ClickAsync();
        await Expect(promoter.GetByTestId("notice")).ToBeVisibleAsync();
        await Expect(promoter.GetByTestId("earning-orders")).ToHaveTextAsync("0");

        // The promoter shares a loaf; a friend signs up in the app with the link's code and buys.
        await promoter.ChooseStoreAsync(Storefront.Islington);
        await promoter.SearchStoreAsync("bread");
        await promoter.OpenProductAsync(new Regex("bread", RegexOptions.IgnoreCase));
        await promoter.GetByTestId("share").ClickAsync();
        var code = (await promoter.GetByTestId("share-url").InputValueAsync())[^8..];
        var order = await scene.ReferredFriendCollectsAnOrderAsync(app.BaseUrl, code, "Bea Friend");

        using var mine = new HttpClient { BaseAddress = new Uri(app.BaseUrl) };
        mine.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", promoterApi.Token);
        await Eventually.WaitForAsync(async () => JsonDocument.Parse(await mine.GetStringAsync("/api/v1/referrals/me")).RootElement.Clone(),
            d => d.GetProperty("earningOrders").GetInt32() == 1, "the commission to be written");

        // The demo stores pay 5% at level 1 on what the friend paid (pickup: no delivery fee).
        var expected = order.GetProperty("totalMinor").GetInt64() * DemoReferral.Level1BasisPoints / 10_000;
        await promoter.GotoAsync("/account/promoter");
        await Expect(promoter.GetByTestId("signups")).ToHaveTextAsync("1");
        await Expect(promoter.GetByTestId("earning-orders")).ToHaveTextAsync("1");
        await Expect(promoter.GetByTestId("frozen")).ToHaveTextAsync("£" + (expected / 100m).ToString("0.00", CultureInfo.InvariantCulture));
        await Expect(promoter.GetByTestId("commissions")).ToContainTextAsync("B.");
        await Expect(promoter.GetByTestId("commissions")).Not.ToContainTextAsync("Bea Friend");
        await promoter.ShouldHaveNoSeriousAccessibilityViolationsAsync();
    });

    [Fact]
    public Task Staff_set_a_category_rate_on_the_referral_commission_page() => app.RunSceneAsync(async scene =>
    {
        var staff = await scene.OpenAsync(Screen.Phone, "staff");
        await staff.SignInAsync("staff@plaza.test");
        using var staffApi = await PlazaApi.SignInAsync(app.BaseUrl, "staff@plaza.test");
        var store = await staffApi.IslingtonAsync();
        await staff.GotoAsync($"/staff/stores/{store.Id}/settings");
        await staff.GetByTestId("nav-referral").ClickAsync();
        await Expect(staff.GetByTestId("rates")).ToContainTextAsync("5%");
        await staff.ShouldHaveNoSeriousAccessibilityViolationsAsync();

        await staff.GetByTestId("rate-level1").FillAsync("abc");
        await staff.GetByTestId("rate-level2").FillAsync("1");
        await staff.GetByTestId("rate-save").ClickAsync();
        await Expect(staff.Locator(".error-summary")).ToBeVisibleAsync();
        await staff.ShouldHaveNoSeriousAccessibilityViolationsAsync();

        // Baby goods: nothing another browser test buys, so their commission stays at the store default.
        await staff.GetByTestId("rate-applies-to").SelectOptionAsync(new SelectOptionValue { Label = "Baby" });
        await staff.GetByTestId("rate-level1").FillAsync("7.5");
        await staff.GetByTestId("rate-level2").FillAsync("1.5");
        await staff.GetByTestId("rate-save").ClickAsync();
        await Expect(staff.GetByTestId("notice")).ToBeVisibleAsync();
        await Expect(staff.GetByTestId("rates")).ToContainTextAsync("Category: Baby");
        await Expect(staff.GetByTestId("rates")).ToContainTextAsync("7.5%");
    });
}
