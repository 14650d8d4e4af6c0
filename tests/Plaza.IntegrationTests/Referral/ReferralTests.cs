using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Plaza.IntegrationTests.Infrastructure;
using Plaza.IntegrationTests.Ordering;
using Plaza.Web.Modules.Referral;
using Plaza.Web.Modules.Stores;
using Plaza.Web.Platform.Events;

namespace Plaza.IntegrationTests.Referral;

public sealed class ReferralTests(PlazaFactory factory) : IClassFixture<PlazaFactory>
{
    private sealed record Shop(Store Store, HttpClient Staff, Guid Tea, Guid Mug, Guid TeaProduct);

    /// <summary>
    /// A store selling tea (2 × 10.00 in the Drinks category: 10% / 3%) and a mug (20.00, its own rate 2.5% / 0.5%),
    /// with a store default of 5% / 2% that neither line uses.
    /// </summary>
    private async Task<Shop> ShopAsync()
    {
        var store = await factory.StoreAsync();
        var drinks = await factory.CategoryAsync("Drinks");
        var home = await factory.CategoryAsync("Home");
        var tea = await factory.ProductAsync(store, drinks, "Green tea", "", new SkuSpec("TEA", 1000, 50));
        var mug = await factory.ProductAsync(store, home, "Mug", "", new SkuSpec("MUG", 2000, 50));
        var staff = await factory.CreateStaffAsync(store.Id);
        await SetRateAsync(staff, store.Id, new { scope = "default", level1BasisPoints = 500, level2BasisPoints = 200 });
        await SetRateAsync(staff, store.Id, new { scope = "category", targetId = drinks.Id, level1BasisPoints = 1000, level2BasisPoints = 300 });
        await SetRateAsync(staff, store.Id, new { scope = "product", targetId = mug.Id, level1BasisPoints = 250, level2BasisPoints = 50 });
        return new Shop(store, staff, tea.Skus[0].Id, mug.Skus[0].Id, tea.Id);
    }

    private static async Task SetRateAsync(HttpClient staff, Guid storeId, object rate) =>
        await (await staff.PutAsJsonAsync($"/api/v1/referrals/stores/{storeId}/rates", rate)).ShouldHaveStatus(HttpStatusCode.OK);

    private static async Task BecomePromoterAsync(HttpClient client) =>
        (await client.PostAsync("/api/v1/referrals/promoter", null)).IsSuccessStatusCode.ShouldBeTrue();

    private static async Task<string> ShareAsync(HttpClient sharer, Shop shop) =>
        (await (await sharer.PostAsJsonAsync("/api/v1/share-links", new { kind = "product", targetId = shop.TeaProduct, storeId = shop.Store.Id }))
            .ShouldHaveStatus(HttpStatusCode.OK)).GetProperty("code").GetString()!;

    /// <summary>A new person follows the link, signs up in that browser, and then uses the app (no cookie) with a token.</summary>
    private async Task<TestAccount> SignUpThroughAsync(string code, string displayName = "Wen Friend")
    {
        var browser = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        await browser.GetAsync($"/s/{code}");
        var login = $"friend-{Guid.NewGuid():N}@example.com";
        await (await browser.PostAsJsonAsync("/api/v1/auth/register", new { login, password = PlazaFactory.Password, displayName }))
            .ShouldHaveStatus(HttpStatusCode.Created);
        return await SignInAsync(login);
    }

    private async Task<TestAccount> SignInAsync(string login)
    {
        var signedIn = await (await factory.Anonymous().PostAsJsonAsync("/api/v1/auth/sign-in", new { login, password = PlazaFactory.Password }))
            .ShouldHaveStatus(HttpStatusCode.OK);
        var token = signedIn.GetProperty("accessToken").GetString()!;
        return new TestAccount(signedIn.GetProperty("account").GetProperty("id").GetGuid(), login, token, factory.WithToken(token));
    }

    /// <summary>grand ← promoter ← customer: the promoter signed up through grand's link, the customer through the promoter's.</summary>
    private async Task<(TestAccount Grand, TestAccount Promoter, TestAccount Customer)> ChainAsync(Shop shop)
    {
        var grand = await factory.CreateAccountAsync();
        await BecomePromoterAsync(grand.Client);
        var promoter = await SignUpThroughAsync(await ShareAsync(grand.Client, shop), "Pat Promoter");
        await BecomePromoterAsync(promoter.Client);
        var customer = await SignUpThroughAsync(await ShareAsync(promoter.Client, shop));
        return (grand, promoter, customer);
    }

    private async Task<Guid> CompletedOrderAsync(Shop shop, HttpClient customer)
    {
        var placed = await customer.PlacePickupOrderAsync(shop.Store.Id, shop.Store.PickupPoints[0].Id, (shop.Tea, 2), (shop.Mug, 1));
        var id = placed.GetProperty("id").GetGuid();
        await factory.PayAsync(customer, id);
        var code = (await (await customer.GetAsync($"/api/v1/orders/{id}")).ShouldHaveStatus(HttpStatusCode.OK)).GetProperty("pickupCode").GetString();
        await (await shop.Staff.PostAsync($"/api/v1/orders/{id}/prepare", null)).ShouldHaveStatus(HttpStatusCode.OK);
        await (await shop.Staff.PostAsync($"/api/v1/orders/{id}/ready", null)).ShouldHaveStatus(HttpStatusCode.OK);
        await (await shop.Staff.PostAsJsonAsync($"/api/v1/orders/{id}/hand-over", new { pickupCode = code })).ShouldHaveStatus(HttpStatusCode.OK);
        await DispatchAsync();
        return id;
    }

    private Task<int> DispatchAsync() => factory.Services.GetRequiredService<OutboxDispatcher>().DispatchPendingAsync(CancellationToken.None);

    /// <summary>Delivers every event again, as after a node died between handling and marking done.</summary>
    private async Task<int> SweepAsync()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await ReleaseCommissions.SweepAsync(scope.ServiceProvider, CancellationToken.None);
    }

    private async Task<List<Commission>> CommissionsAsync(Guid orderId)
    {
        await using var scope = factory.Db();
        return await scope.Db.Set<Commission>().AsNoTracking().Where(c => c.OrderId == orderId).OrderBy(c => c.Level).ToListAsync();
    }

    private async Task<(long Balance, long SumOfEntries)> WalletAsync(Guid accountId)
    {
        await using var scope = factory.Db();
        var balance = await scope.Db.Set<Wallet>().Where(w => w.AccountId == accountId).Select(w => (long?)w.BalanceMinor).SingleOrDefaultAsync() ?? 0;
        var sum = await scope.Db.Set<WalletEntry>().Where(e => e.AccountId == accountId).SumAsync(e => (long?)e.AmountMinor) ?? 0;
        return (balance, sum);
    }

    private static async Task<JsonElement> DashboardAsync(HttpClient client) =>
        await (await client.GetAsync("/api/v1/referrals/me")).ShouldHaveStatus(HttpStatusCode.OK);

    private async Task RefundAsync(Shop shop, Guid orderId, Guid sku, int quantity)
    {
        var order = await factory.OrderAsync(orderId);
        await (await shop.Staff.PostAsJsonAsync($"/api/v1/orders/{orderId}/refunds",
            new { lines = new[] { new { lineId = order.Lines.Single(l => l.SkuId == sku).Id, quantity } } })).ShouldHaveStatus(HttpStatusCode.OK);
        await DispatchAsync();
    }

    [Fact]
    public async Task A_referred_order_that_completes_earns_frozen_commission_at_two_levels_at_the_most_specific_rates_once()
    {
        var shop = await ShopAsync();
        var (grand, promoter, customer) = await ChainAsync(shop);

        var orderId = await CompletedOrderAsync(shop, customer.Client);
        await factory.RedeliverEverythingAsync();

        var rows = await CommissionsAsync(orderId);
        // Level 1: tea 20.00 × 10% + mug 20.00 × 2.5% = 2.50; level 2: 20.00 × 3% + 20.00 × 0.5% = 0.70.
        rows.Select(c => (c.Level, c.PromoterId, c.AmountMinor, c.BaseMinor, c.Status)).ShouldBe([
            (1, promoter.Id, 250L, 4000L, CommissionStatus.Frozen), (2, grand.Id, 70L, 4000L, CommissionStatus.Frozen)]);
        rows.ShouldAllBe(c => c.ReleaseAtUtc == c.CompletedAtUtc.AddDays(7));
        var dashboard = await DashboardAsync(promoter.Client);
        dashboard.GetProperty("isPromoter").GetBoolean().ShouldBeTrue();
        dashboard.GetProperty("signups").GetInt32().ShouldBe(1);
        dashboard.GetProperty("boundCustomers").GetInt32().ShouldBe(1);
        dashboard.GetProperty("earningOrders").GetInt32().ShouldBe(1);
        var money = dashboard.GetProperty("money").EnumerateArray().Single();
        (money.GetProperty("frozenMinor").GetInt64(), money.GetProperty("availableMinor").GetInt64()).ShouldBe((250L, 0L));
        var recent = dashboard.GetProperty("recentCommissions").EnumerateArray().Single();
        recent.GetProperty("customerInitial").GetString().ShouldBe("W.");
        recent.ToString().ShouldNotContain(customer.Login);
    }

    [Fact]
    public async Task After_the_after_sales_window_the_sweep_puts_commission_in_the_wallet_and_part_can_be_withdrawn()
    {
        var shop = await ShopAsync();
        var (grand, promoter, customer) = await ChainAsync(shop);
        var orderId = await CompletedOrderAsync(shop, customer.Client);

        factory.Clock.Advance(TimeSpan.FromDays(6));
        await SweepAsync();
        var early = await CommissionsAsync(orderId);
        factory.Clock.Advance(TimeSpan.FromDays(1).Add(TimeSpan.FromMinutes(1)));
        await SweepAsync();
        await SweepAsync();

        early.ShouldAllBe(c => c.Status == CommissionStatus.Frozen);
        (await CommissionsAsync(orderId)).ShouldAllBe(c => c.Status == CommissionStatus.Released);
        (await WalletAsync(promoter.Id)).ShouldBe((250L, 250L));
        (await WalletAsync(grand.Id)).ShouldBe((70L, 70L));

        var tooMuch = await promoter.Client.PostAsJsonAsync("/api/v1/referrals/withdrawals", new { amountMinor = 251, currency = "GBP" });
        var ok = await (await promoter.Client.PostAsJsonAsync("/api/v1/referrals/withdrawals", new { amountMinor = 200, currency = "GBP" }))
            .ShouldHaveStatus(HttpStatusCode.Created);

        await tooMuch.ShouldBeProblem(HttpStatusCode.Conflict, "insufficient_balance");
        ok.GetProperty("state").GetString().ShouldBe("pending");
        (await WalletAsync(promoter.Id)).ShouldBe((50L, 50L));
        var money = (await DashboardAsync(promoter.Client)).GetProperty("money").EnumerateArray().Single();
        (money.GetProperty("frozenMinor").GetInt64(), money.GetProperty("withdrawableMinor").GetInt64(), money.GetProperty("withdrawnMinor").GetInt64())
            .ShouldBe((0L, 50L, 200L));
    }

    [Fact]
    public async Task Twenty_withdrawals_at_once_never_take_more_than_the_balance()
    {
        var shop = await ShopAsync();
        var (_, promoter, customer) = await ChainAsync(shop);
        await CompletedOrderAsync(shop, customer.Client);
        factory.Clock.Advance(TimeSpan.FromDays(8));
        await SweepAsync();
        var clients = Enumerable.Range(0, 20).Select(_ => factory.WithToken(promoter.Token)).ToList();

        var responses = await Task.WhenAll(clients.Select(c => c.PostAsJsonAsync("/api/v1/referrals/withdrawals", new { amountMinor = 50, currency = "GBP" })));

        responses.Count(r => r.StatusCode == HttpStatusCode.Created).ShouldBe(5); // 2.50 in the wallet, 0.50 each
        foreach (var refused in responses.Where(r => r.StatusCode != HttpStatusCode.Created))
            await refused.ShouldBeProblem(HttpStatusCode.Conflict, "insufficient_balance");
        (await WalletAsync(promoter.Id)).ShouldBe((0L, 0L));
    }

    /// <summary>A promoter with 2.50 released to the wallet who asked for 2.00 of it.</summary>
    private async Task<(TestAccount Promoter, Guid WithdrawalId)> PendingWithdrawalAsync()
    {
        var shop = await ShopAsync();
        var (_, promoter, customer) = await ChainAsync(shop);
        await CompletedOrderAsync(shop, customer.Client);
        factory.Clock.Advance(TimeSpan.FromDays(8));
        await SweepAsync();
        var asked = await (await promoter.Client.PostAsJsonAsync("/api/v1/referrals/withdrawals", new { amountMinor = 200, currency = "GBP" }))
            .ShouldHaveStatus(HttpStatusCode.Created);
        return (promoter, asked.GetProperty("id").GetGuid());
    }

    private static async Task<string?> NotificationAboutWithdrawalAsync(HttpClient promoter) =>
        (await promoter.NotificationTextsAsync("/account/promoter")).SingleOrDefault();

    [Fact]
    public async Task An_administrator_records_a_withdrawal_paid_by_bank_transfer_once_and_the_promoter_is_told()
    {
        var (promoter, withdrawalId) = await PendingWithdrawalAsync();
        var admin = await factory.CreateAdminAsync();
        var pending = await (await admin.GetAsync("/api/v1/referrals/withdrawals?state=pending")).ShouldHaveStatus(HttpStatusCode.OK);
        var row = pending.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("id").GetGuid() == withdrawalId);
        (row.GetProperty("promoterName").GetString(), row.GetProperty("amountMinor").GetInt64()).ShouldBe(("Pat Promoter", 200L));

        var noReference = await admin.PostAsJsonAsync($"/api/v1/referrals/withdrawals/{withdrawalId}/paid", new { reference = "  " });
        var admins = Enumerable.Range(0, 10).Select(_ => admin).ToList();
        var settled = await Task.WhenAll(
            admins.Select(a => a.PostAsJsonAsync($"/api/v1/referrals/withdrawals/{withdrawalId}/paid", new { reference = "BACS 77812" })));

        await noReference.ShouldBeValidationProblem("reference");
        settled.Count(r => r.StatusCode == HttpStatusCode.OK).ShouldBe(1);
        foreach (var late in settled.Where(r => r.StatusCode != HttpStatusCode.OK)) await late.ShouldBeProblem(HttpStatusCode.Conflict, "withdrawal_settled");
        var paid = await (await admin.GetAsync("/api/v1/referrals/withdrawals?state=paid")).ShouldHaveStatus(HttpStatusCode.OK);
        paid.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("id").GetGuid() == withdrawalId)
            .GetProperty("payoutReference").GetString().ShouldBe("BACS 77812");
        var money = (await DashboardAsync(promoter.Client)).GetProperty("money").EnumerateArray().Single();
        (money.GetProperty("availableMinor").GetInt64(), money.GetProperty("withdrawnMinor").GetInt64()).ShouldBe((50L, 200L));
        (await NotificationAboutWithdrawalAsync(promoter.Client)).ShouldBe("Your withdrawal of £2.00 was paid to your bank (reference BACS 77812).");
    }

    [Fact]
    public async Task A_turned_down_withdrawal_goes_back_to_the_wallet_with_the_reason()
    {
        var (promoter, withdrawalId) = await PendingWithdrawalAsync();
        var admin = await factory.CreateAdminAsync();

        var noReason = await admin.PostAsJsonAsync($"/api/v1/referrals/withdrawals/{withdrawalId}/rejection", new { reason = "" });
        await (await admin.PostAsJsonAsync($"/api/v1/referrals/withdrawals/{withdrawalId}/rejection", new { reason = "Bank details did not match" }))
            .ShouldHaveStatus(HttpStatusCode.OK);
        var payAfter = await admin.PostAsJsonAsync($"/api/v1/referrals/withdrawals/{withdrawalId}/paid", new { reference = "BACS 1" });

        await noReason.ShouldBeValidationProblem("reason");
        await payAfter.ShouldBeProblem(HttpStatusCode.Conflict, "withdrawal_settled");
        (await WalletAsync(promoter.Id)).ShouldBe((250L, 250L));
        var money = (await DashboardAsync(promoter.Client)).GetProperty("money").EnumerateArray().Single();
        (money.GetProperty("withdrawableMinor").GetInt64(), money.GetProperty("withdrawnMinor").GetInt64()).ShouldBe((250L, 0L));
        (await NotificationAboutWithdrawalAsync(promoter.Client))
            .ShouldBe("Your withdrawal of £2.00 was turned down and is back in your wallet. Reason: Bank details did not match");
    }

    [Fact]
    public async Task Only_administrators_see_or_settle_withdrawals()
    {
        var (promoter, withdrawalId) = await PendingWithdrawalAsync();
        var admin = await factory.CreateAdminAsync();

        var list = await promoter.Client.GetAsync("/api/v1/referrals/withdrawals");
        var settle = await promoter.Client.PostAsJsonAsync($"/api/v1/referrals/withdrawals/{withdrawalId}/paid", new { reference = "mine" });
        var unknown = await admin.PostAsJsonAsync($"/api/v1/referrals/withdrawals/{Guid.NewGuid()}/paid", new { reference = "BACS 2" });
        var badState = await admin.GetAsync("/api/v1/referrals/withdrawals?state=lost");

        list.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        settle.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        unknown.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        await badState.ShouldBeValidationProblem("state");
        (await WalletAsync(promoter.Id)).ShouldBe((50L, 50L));
    }

    [Fact]
    public async Task A_refunded_order_reverses_commission()
    {
        var shop = await ShopAsync();
        var (grand, promoter, customer) = await ChainAsync(shop);
        var orderId = await CompletedOrderAsync(shop, customer.Client);

        await RefundAsync(shop, orderId, shop.Mug, 1); // half the base (20.00 of 40.00) back
        await factory.RedeliverEverythingAsync();
        var half = await CommissionsAsync(orderId);
        await RefundAsync(shop, orderId, shop.Tea, 2);
        await factory.RedeliverEverythingAsync();
        factory.Clock.Advance(TimeSpan.FromDays(8));
        await SweepAsync();

        half.Select(c => (c.Level, c.ReversedMinor, c.EarnedMinor)).ShouldBe([(1, 125L, 125L), (2, 35L, 35L)]);
        (await CommissionsAsync(orderId)).Select(c => (c.Level, c.EarnedMinor, c.Status))
            .ShouldBe([(1, 0L, CommissionStatus.Released), (2, 0L, CommissionStatus.Released)]);
        (await WalletAsync(promoter.Id)).ShouldBe((0L, 0L));
        (await WalletAsync(grand.Id)).ShouldBe((0L, 0L));
        await using var scope = factory.Db();
        (await scope.Db.Set<CommissionReversal>().CountAsync(r => half.Select(c => c.Id).Contains(r.CommissionId))).ShouldBe(4);
    }

    [Fact]
    public async Task Store_staff_see_who_sells_for_them_after_refunds()
    {
        var shop = await ShopAsync();
        var (grand, promoter, customer) = await ChainAsync(shop);
        var orderId = await CompletedOrderAsync(shop, customer.Client);
        var otherStaff = await factory.CreateStaffAsync((await factory.StoreAsync()).Id);
        async Task<List<(Guid, string?, int, long, long)>> PromotersAsync() =>
            (await (await shop.Staff.GetAsync($"/api/v1/referrals/stores/{shop.Store.Id}/promoters")).ShouldHaveStatus(HttpStatusCode.OK)).EnumerateArray()
                .Select(r => (r.GetProperty("promoterId").GetGuid(), r.GetProperty("displayName").GetString(), r.GetProperty("orders").GetInt32(),
                    r.GetProperty("salesMinor").GetInt64(), r.GetProperty("commissionMinor").GetInt64())).ToList();

        var before = await PromotersAsync();
        await RefundAsync(shop, orderId, shop.Mug, 1);
        await factory.RedeliverEverythingAsync();
        var after = await PromotersAsync();
        var notTheirs = await otherStaff.GetAsync($"/api/v1/referrals/stores/{shop.Store.Id}/promoters");

        // Level 1 on 40.00 of goods: 2.50 to the promoter; level 2: 0.70 to the one who brought the promoter in.
        before.ShouldBe([(promoter.Id, "Pat Promoter", 1, 4000L, 250L), (grand.Id, "Test Shopper", 0, 0L, 70L)]);
        after[0].ShouldBe((promoter.Id, "Pat Promoter", 1, 4000L, 125L));
        notTheirs.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_refund_after_release_claws_back_with_a_negative_wallet_entry()
    {
        var shop = await ShopAsync();
        var (_, promoter, customer) = await ChainAsync(shop);
        var orderId = await CompletedOrderAsync(shop, customer.Client);
        factory.Clock.Advance(TimeSpan.FromDays(8));
        await SweepAsync();

        await RefundAsync(shop, orderId, shop.Tea, 1); // 10.00 of 40.00 back: a quarter of 2.50 (0.625) is clawed back as 0.63
        await factory.RedeliverEverythingAsync();

        var level1 = (await CommissionsAsync(orderId)).Single(c => c.Level == 1);
        (level1.Status, level1.ReversedMinor).ShouldBe((CommissionStatus.Released, 63L));
        (await WalletAsync(promoter.Id)).ShouldBe((187L, 187L));
        await using var scope = factory.Db();
        var entries = await scope.Db.Set<WalletEntry>().Where(e => e.AccountId == promoter.Id).OrderBy(e => e.AtUtc).Select(e => new { e.Kind, e.AmountMinor })
            .ToListAsync();
        entries.Select(e => (e.Kind, e.AmountMinor)).ShouldBe([(WalletEntryKind.CommissionReleased, 250L), (WalletEntryKind.Reversal, -63L)]);
    }

    [Fact]
    public async Task Self_referral_an_expired_binding_and_a_non_promoter_earn_nothing()
    {
        var shop = await ShopAsync();
        var (grand, promoter, _) = await ChainAsync(shop);

        // The promoter buys through their own link: no commission for them, nor for grand above them.
        var code = await ShareAsync(promoter.Client, shop);
        var own = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        own.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", promoter.Token);
        await own.GetAsync($"/s/{code}");
        var selfOrder = await CompletedOrderAsync(shop, own);

        // Someone who signed up through a shopper who never became a promoter.
        var plain = await factory.CreateAccountAsync();
        var friendOfPlain = await SignUpThroughAsync(await ShareAsync(plain.Client, shop));
        var plainOrder = await CompletedOrderAsync(shop, friendOfPlain.Client);

        // A customer of the promoter who orders after the 30-day binding.
        var late = await SignUpThroughAsync(code);
        factory.Clock.Advance(TimeSpan.FromDays(31));
        var lateOrder = await CompletedOrderAsync(await ShopAsync(), (await SignInAsync(late.Login)).Client); // signed in again: sessions end too

        (await CommissionsAsync(selfOrder)).ShouldBeEmpty();
        (await CommissionsAsync(plainOrder)).ShouldBeEmpty();
        (await CommissionsAsync(lateOrder)).ShouldBeEmpty();
        (await DashboardAsync((await SignInAsync(grand.Login)).Client)).GetProperty("earningOrders").GetInt32().ShouldBe(0);
    }

    [Fact]
    public async Task Only_the_stores_staff_see_and_set_rates_and_bad_rates_name_the_field()
    {
        var shop = await ShopAsync();
        var stranger = await factory.CreateShopperAsync();

        (await stranger.GetAsync($"/api/v1/referrals/stores/{shop.Store.Id}/rates")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await stranger.PutAsJsonAsync($"/api/v1/referrals/stores/{shop.Store.Id}/rates",
            new { scope = "default", level1BasisPoints = 100, level2BasisPoints = 0 }))
            .StatusCode.ShouldBe(HttpStatusCode.NotFound);
        await (await shop.Staff.PutAsJsonAsync($"/api/v1/referrals/stores/{shop.Store.Id}/rates",
            new { scope = "default", level1BasisPoints = 9000, level2BasisPoints = 0 }))
            .ShouldBeValidationProblem("level1BasisPoints");
        await (await shop.Staff.PutAsJsonAsync($"/api/v1/referrals/stores/{shop.Store.Id}/rates",
            new { scope = "product", targetId = Guid.NewGuid(), level1BasisPoints = 100, level2BasisPoints = 0 }))
            .ShouldBeValidationProblem("targetId");
        await (await shop.Staff.PutAsJsonAsync($"/api/v1/referrals/stores/{shop.Store.Id}/rates",
            new { scope = "everything", level1BasisPoints = 100, level2BasisPoints = 0 }))
            .ShouldBeValidationProblem("scope");

        await SetRateAsync(shop.Staff, shop.Store.Id, new { scope = "default", level1BasisPoints = 600, level2BasisPoints = 100 });
        var rates = await (await shop.Staff.GetAsync($"/api/v1/referrals/stores/{shop.Store.Id}/rates")).ShouldHaveStatus(HttpStatusCode.OK);
        var defaults = rates.EnumerateArray().Where(r => r.GetProperty("scope").GetString() == "default").ToList();
        defaults.Count.ShouldBe(1);
        defaults[0].GetProperty("level1BasisPoints").GetInt32().ShouldBe(600);
        rates.GetArrayLength().ShouldBe(3);
    }
    [Fact]
    public async Task A_promoter_exports_their_commissions_and_deleting_the_account_ends_the_opt_in_but_keeps_the_ledger()
    {
        var shop = await ShopAsync();
        var (_, promoter, customer) = await ChainAsync(shop);
        var orderId = await CompletedOrderAsync(shop, customer.Client);

        var export = await (await promoter.Client.GetAsync("/api/v1/me/export")).ShouldHaveStatus(HttpStatusCode.OK);
        await (await promoter.Client.PostAsJsonAsync("/api/v1/me/delete", new { password = PlazaFactory.Password, content = "anonymise" }))
            .ShouldHaveStatus(HttpStatusCode.NoContent);

        var section = export.GetProperty("sections").GetProperty("referrals");
        section.GetProperty("promoter").ValueKind.ShouldBe(JsonValueKind.Object);
        var earned = section.GetProperty("commissionsEarned").EnumerateArray().Single();
        (earned.GetProperty("orderId").GetGuid(), earned.GetProperty("amountMinor").GetInt64()).ShouldBe((orderId, 250L));
        await using var scope = factory.Db();
        (await scope.Db.Set<Promoter>().AnyAsync(p => p.AccountId == promoter.Id)).ShouldBeFalse();
        (await scope.Db.Set<Commission>().CountAsync(c => c.PromoterId == promoter.Id)).ShouldBe(1);
    }

    [Fact]
    public async Task The_OpenAPI_document_lists_the_Referral_operations_behind_a_token()
    {
        var doc = await (await factory.Anonymous().GetAsync("/openapi/v1.json")).ShouldHaveStatus(HttpStatusCode.OK);
        var paths = doc.GetProperty("paths");
        var operations = new[]
        {
            ("/api/v1/referrals/promoter", "post"), ("/api/v1/referrals/me", "get"), ("/api/v1/referrals/withdrawals", "post"),
            ("/api/v1/referrals/withdrawals", "get"),
            ("/api/v1/referrals/stores/{storeId}/rates", "get"), ("/api/v1/referrals/stores/{storeId}/promoters", "get"),
            ("/api/v1/referrals/stores/{storeId}/rates", "put"),
            ("/api/v1/referrals/stores/{storeId}/rates/{id}", "delete"), ("/api/v1/referrals/withdrawals/{id}/paid", "post"),
            ("/api/v1/referrals/withdrawals/{id}/rejection", "post"),
        };

        foreach (var (path, method) in operations)
        {
            var op = paths.GetProperty(path).GetProperty(method);
            op.GetProperty("tags")[0].GetString().ShouldBe("Referral");
            op.GetProperty("summary").GetString().ShouldNotBeNullOrWhiteSpace();
            (op.TryGetProperty("security", out var security) && security.GetArrayLength() > 0).ShouldBeTrue(path);
        }
        (await factory.Anonymous().GetAsync("/api/v1/referrals/me")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }
}
