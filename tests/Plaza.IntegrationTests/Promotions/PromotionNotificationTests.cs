using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Plaza.IntegrationTests.Infrastructure;
using Plaza.Web.Modules.Promotions;
using Plaza.Web.Platform.Events;

namespace Plaza.IntegrationTests.Promotions;

/// <summary>What shoppers hear from Promotions: a coupon staff gave them, and a flash sale they asked to be reminded of starting.</summary>
public sealed class PromotionNotificationTests(PlazaFactory factory) : IClassFixture<PlazaFactory>
{
    private sealed record Shelf(Guid Store, Guid Loaf, Guid LoafProduct, HttpClient Staff);

    private async Task<Shelf> ShelfAsync()
    {
        var store = await factory.StoreAsync();
        var loaf = await factory.ProductAsync(store, await factory.CategoryAsync("Bakery"), "Rye loaf", "", new SkuSpec("RYE", 400, 50));
        return new Shelf(store.Id, loaf.Skus[0].Id, loaf.Id, await factory.CreateStaffAsync(store.Id));
    }

    private DateTime Now => factory.Clock.GetUtcNow().UtcDateTime;

    private Task<int> DispatchAsync() => factory.Services.GetRequiredService<OutboxDispatcher>().DispatchPendingAsync(CancellationToken.None);

    private async Task<int> RemindAsync()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await RemindFlashSales.SweepAsync(scope.ServiceProvider, CancellationToken.None);
    }

    [Fact]
    public async Task A_coupon_issued_by_staff_tells_that_shopper_once_and_a_claimed_one_tells_nobody()
    {
        var s = await ShelfAsync();
        var code = "GIFT-" + Guid.NewGuid().ToString("N")[..6].ToUpperInvariant();
        var coupon = await (await s.Staff.PostAsJsonAsync("/api/v1/coupons", new
        {
            storeId = s.Store, code, name = "Welcome back", kind = "fixed", amountMinor = 150, scope = "store", claimable = true,
            validFromUtc = Now.AddDays(-1), validUntilUtc = Now.AddDays(7), perShopperLimit = 1,
        })).ShouldHaveStatus(HttpStatusCode.Created);
        var couponId = coupon.GetProperty("id").GetGuid();
        var given = await factory.CreateAccountAsync();
        var claimer = await factory.CreateAccountAsync();
        var bystander = await factory.CreateAccountAsync();

        await (await s.Staff.PostAsJsonAsync($"/api/v1/coupons/{couponId}/issue", new { login = given.Login })).ShouldHaveStatus(HttpStatusCode.Created);
        await (await claimer.Client.PostAsync($"/api/v1/coupons/{couponId}/claim", null)).ShouldHaveStatus(HttpStatusCode.Created);
        // Issuing again over the per-shopper limit is refused and tells nobody anything new.
        await (await s.Staff.PostAsJsonAsync($"/api/v1/coupons/{couponId}/issue", new { login = given.Login }))
            .ShouldBeProblem(HttpStatusCode.Conflict, "coupon_limit_reached");
        await DispatchAsync();
        await using (var scope = factory.Db()) // a redelivery of every event changes nothing
            await scope.Db.Set<OutboxMessage>()
                .ExecuteUpdateAsync(x => x.SetProperty(m => m.ProcessedAtUtc, (DateTime?)null).SetProperty(m => m.ClaimedUntilUtc, (DateTime?)null));
        await DispatchAsync();

        var told = await given.Client.NotificationsAsync($"/coupons?store={s.Store}");
        told.Count.ShouldBe(1);
        told[0].GetProperty("text").GetString().ShouldBe($"You have a new coupon: Welcome back. Use it at checkout with the code {code}.");
        (await claimer.Client.NotificationsAsync()).ShouldBeEmpty();
        (await bystander.Client.NotificationsAsync()).ShouldBeEmpty();
        (await s.Staff.NotificationsAsync()).ShouldBeEmpty();

        // In Spanish, the same fact reads in Spanish.
        var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/notifications");
        request.Headers.AcceptLanguage.ParseAdd("es");
        var spanish = await (await given.Client.SendAsync(request)).ShouldHaveStatus(HttpStatusCode.OK);
        spanish.GetProperty("items")[0].GetProperty("text").GetString().ShouldBe($"Tiene un cupón nuevo: Welcome back. Úselo al pagar con el código {code}.");
    }

    [Fact]
    public async Task A_shopper_who_pressed_remind_me_hears_once_when_the_flash_sale_starts_and_nobody_else_does()
    {
        var s = await ShelfAsync();
        var sale = (await (await s.Staff.PostAsJsonAsync("/api/v1/flash-sales", new
        {
            storeId = s.Store, skuId = s.Loaf, title = "Rye at dawn", priceMinor = 250, quantity = 10, perShopperLimit = 1,
            startsAtUtc = Now.AddHours(2), endsAtUtc = Now.AddHours(4),
        })).ShouldHaveStatus(HttpStatusCode.Created)).GetProperty("id").GetGuid();
        var eager = await factory.CreateShopperAsync();
        var changedMind = await factory.CreateShopperAsync();
        var other = await factory.CreateShopperAsync();

        var set = await (await eager.PostAsync($"/api/v1/flash-sales/{sale}/reminders", null)).ShouldHaveStatus(HttpStatusCode.OK);
        set.GetProperty("reminded").GetBoolean().ShouldBeTrue();
        await (await eager.PostAsync($"/api/v1/flash-sales/{sale}/reminders", null)).ShouldHaveStatus(HttpStatusCode.OK); // twice = once
        await (await changedMind.PostAsync($"/api/v1/flash-sales/{sale}/reminders", null)).ShouldHaveStatus(HttpStatusCode.OK);
        (await (await changedMind.DeleteAsync($"/api/v1/flash-sales/{sale}/reminders")).ShouldHaveStatus(HttpStatusCode.OK))
            .GetProperty("reminded").GetBoolean().ShouldBeFalse();
        (await factory.Anonymous().PostAsync($"/api/v1/flash-sales/{sale}/reminders", null)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await eager.PostAsync($"/api/v1/flash-sales/{Guid.NewGuid()}/reminders", null)).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        // Before the start: nothing is sent.
        factory.Clock.Advance(TimeSpan.FromHours(1));
        await RemindAsync();
        (await eager.NotificationsAsync()).ShouldBeEmpty();

        factory.Clock.Advance(TimeSpan.FromHours(1) + TimeSpan.FromSeconds(5));
        await RemindAsync(); // (the app's own timer may have run it a moment before: either way it is sent once)
        (await RemindAsync()).ShouldBe(0); // a second sweep sends nothing more
        var told = await eager.NotificationsAsync($"/stores/{s.Store}/products/{s.LoafProduct}");
        told.Count.ShouldBe(1);
        told[0].GetProperty("text").GetString().ShouldBe("The flash sale Rye at dawn has started: £2.50 while stocks last.");
        (await changedMind.NotificationsAsync()).ShouldBeEmpty();
        (await other.NotificationsAsync()).ShouldBeEmpty();

        // Once it runs there is nothing to be reminded of.
        await (await other.PostAsync($"/api/v1/flash-sales/{sale}/reminders", null)).ShouldBeProblem(HttpStatusCode.Conflict, "flash_sale_started");
        await using var db = factory.Db();
        (await db.Db.Set<FlashSaleReminder>().CountAsync(r => r.FlashSaleId == sale)).ShouldBe(1);
    }
}
