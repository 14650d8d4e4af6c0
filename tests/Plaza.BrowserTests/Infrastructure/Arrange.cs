using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Plaza.Web.Modules.Demo;

namespace Plaza.BrowserTests.Infrastructure;

/// <summary>What a test needs to exist before it starts, made the quick way (API), paid the only way (the sandbox page).</summary>
internal static class Arrange
{
    public sealed record StoreRef(Guid Id, Guid ParcelLockersId);

    public static async Task<StoreRef> IslingtonAsync(this PlazaApi api)
    {
        var store = await api.StoreAsync(Storefront.Islington);
        var lockers = store.GetProperty("pickupPoints").EnumerateArray()
            .Single(p => p.GetProperty("name").GetString() == Storefront.IslingtonParcelLockers);
        return new StoreRef(store.GetProperty("id").GetGuid(), lockers.GetProperty("id").GetGuid());
    }

    /// <summary>
    /// An order for pickup at Islington's parcel lockers, placed over the API and paid on the sandbox
    /// page; returns it once paid. The page should be signed in as the same shopper (the provider
    /// sends the shopper back to their order).
    /// </summary>
    public static async Task<JsonElement> PaidPickupOrderAsync(this IPage page, PlazaApi shopper, string words = "bread")
    {
        var store = await shopper.IslingtonAsync();
        var item = await shopper.InStockItemAsync(store.Id, words);
        var order = await shopper.PlacePickupOrderAsync(store.Id, store.ParcelLockersId, item.SkuId);
        var orderId = order.GetProperty("id").GetGuid();
        await page.PayOnSandboxAsync(await shopper.StartPaymentAsync(orderId));
        return await Eventually.WaitForAsync(() => shopper.OrderAsync(orderId),
            o => o.GetProperty("status").GetString() == "paid", $"order {orderId} to be paid");
    }

    /// <summary>
    /// A friend signs up with a promoter's share code (as the app does), then buys a loaf for pickup in their own
    /// browser, pays, and staff hand it over: returns the completed order as it was when paid.
    /// </summary>
    public static async Task<JsonElement> ReferredFriendCollectsAnOrderAsync(this Scene scene, string baseUrl, string shareCode, string displayName)
    {
        var friendLogin = $"friend-{Guid.NewGuid():N}@example.com";
        using (var http = new HttpClient { BaseAddress = new Uri(baseUrl) })
            (await http.PostAsJsonAsync("/api/v1/auth/register", new { login = friendLogin, password = DemoAccounts.Password, displayName, shareCode }))
                .IsSuccessStatusCode.ShouldBeTrue();
        using var friendApi = await PlazaApi.SignInAsync(baseUrl, friendLogin);
        var friend = await scene.OpenAsync(Screen.Phone, "friend");
        await friend.SignInAsync(friendLogin);
        var order = await friend.PaidPickupOrderAsync(friendApi);
        using var staffApi = await PlazaApi.SignInAsync(baseUrl, "staff@plaza.test");
        await staffApi.HandOverPickupAsync(order.GetProperty("id").GetGuid(), order.GetProperty("pickupCode").GetString()!);
        return order;
    }

    /// <summary>On the provider's hosted page: approve, and wait to be sent back to Plaza.</summary>
    public static async Task PayOnSandboxAsync(this IPage page, string hostedPage)
    {
        await page.GotoAsync(hostedPage);
        await page.ApprovePaymentAsync();
    }

    /// <summary>
    /// Already on the provider's hosted page: approve, wait to be back on the order's payment-return page
    /// and give the order's id. Watches the page's address rather than waiting for a navigation event: the return
    /// page reloads itself every two seconds while it waits for the webhook, and on a busy machine Playwright's
    /// navigation waiter (even for "commit") was seen to hang on a page that had already arrived (the screenshot
    /// showed the confirmed order).
    /// </summary>
    public static async Task<Guid> ApprovePaymentAsync(this IPage page)
    {
        await page.GetByRole(AriaRole.Button, new() { Name = "Approve payment" }).ClickAsync();
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (!ReturnPage.IsMatch(page.Url))
        {
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"Not back on the payment-return page after 60 s: {page.Url}");
            await Task.Delay(100);
        }
        return Guid.Parse(ReturnPage.Match(page.Url).Groups[1].Value);
    }

    private static readonly Regex ReturnPage = new(@"/orders/([0-9a-f-]{36})/payment-return");
}
