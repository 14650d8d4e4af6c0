using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Plaza.IntegrationTests.Infrastructure;
using Plaza.IntegrationTests.Ordering;
using Plaza.Web.Modules.Loyalty;
using Plaza.Web.Modules.Payments;
using Plaza.Web.Modules.Payments.Sandbox;
using Plaza.Web.Modules.Stores;
using Plaza.Web.Platform.Auth;

namespace Plaza.IntegrationTests.Loyalty;

/// <summary>An app with the paid card on sale: "Plaza Plus", Gold benefits (5% member price, free delivery, points × 1.5).</summary>
public sealed class CardOnSale : IAsyncDisposable
{
    public PlazaFactory Factory { get; } = new(new Dictionary<string, string?>
    {
        ["Loyalty:Card:Enabled"] = "true",
        ["Loyalty:Card:Name"] = "Plaza Plus",
        ["Loyalty:Card:Tier"] = "Gold",
        ["Loyalty:Card:Currency"] = "GBP",
    });

    public ValueTask DisposeAsync() => Factory.DisposeAsync();
}

/// <summary>The paid membership card: bought like an order, active only after the provider's signed webhook, stacking, expiring.</summary>
public sealed class MembershipCardTests(CardOnSale app) : IClassFixture<CardOnSale>
{
    private PlazaFactory Factory => app.Factory;

    private async Task<(Guid Store, Guid Sku)> ShelfAsync()
    {
        var store = await Factory.StoreAsync();
        var product = await Factory.ProductAsync(store, await Factory.CategoryAsync(), "Olive oil", "", new SkuSpec("OIL", 1000, 100));
        await using var scope = Factory.Db();
        var stored = await scope.Db.Set<Store>().SingleAsync(s => s.Id == store.Id);
        stored.ChangeSettings(stored.Name, stored.Address, stored.Phone, stored.OpensAt, stored.ClosesAt, stored.DeliveryRadiusMeters, deliveryFeeMinor: 299);
        await scope.Db.SaveChangesAsync();
        return (store.Id, product.Skus[0].Id);
    }

    private static object DeliveryQuote(Guid store, Guid sku) =>
        new { storeId = store, fulfilment = "delivery", lines = new[] { new { skuId = sku, quantity = 1 } } };

    private static async Task<JsonElement> QuoteAsync(HttpClient shopper, Guid store, Guid sku) =>
        await (await shopper.PostAsJsonAsync("/api/v1/price-quotes", DeliveryQuote(store, sku))).ShouldHaveStatus(HttpStatusCode.OK);

    private static string[] Kinds(JsonElement quote) =>
        quote.GetProperty("adjustments").EnumerateArray().Select(a => a.GetProperty("kind").GetString()!).ToArray();

    private static async Task<JsonElement> MeAsync(HttpClient shopper) =>
        await (await shopper.GetAsync("/api/v1/memberships/me")).ShouldHaveStatus(HttpStatusCode.OK);

    private static async Task<Guid> BuyAsync(HttpClient shopper, string plan = "year")
    {
        var bought = await (await shopper.PostAsJsonAsync("/api/v1/memberships/card-purchases", new { plan })).ShouldHaveStatus(HttpStatusCode.Created);
        bought.GetProperty("status").GetString().ShouldBe("pending");
        return bought.GetProperty("id").GetGuid();
    }

    /// <summary>Starts paying the purchase and approves on the sandbox's hosted page; the webhook is NOT delivered.</summary>
    private async Task<Guid> ApproveAsync(HttpClient shopper, Guid purchaseId)
    {
        var pay = new { kind = "membership-card", billId = purchaseId };
        var started = await (await shopper.PostAsJsonAsync("/api/v1/payments", pay)).ShouldHaveStatus(HttpStatusCode.Created);
        started.GetProperty("kind").GetString().ShouldBe("membership-card");
        var redirect = started.GetProperty("redirectUrl").GetString()!;
        redirect.ShouldStartWith("/sandbox/checkout/");
        using var browser = Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var decided = await browser.PostAsync(redirect, new FormUrlEncodedContent(new Dictionary<string, string> { ["decision"] = "approve" }));
        decided.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        decided.Headers.Location!.ToString().ShouldStartWith($"/account/membership/card/{purchaseId}/payment-return?payment=");
        return started.GetProperty("id").GetGuid();
    }

    private async Task PayAsync(HttpClient shopper, Guid purchaseId)
    {
        await ApproveAsync(shopper, purchaseId);
        await Factory.DeliverWebhooksAsync();
    }

    private async Task<string> ReturnPageAsync(TestAccount shopper, Guid purchaseId)
    {
        var page = Factory.CreateClient();
        page.DefaultRequestHeaders.Add("Cookie", $"{AuthSchemes.CookieName}={shopper.Token}");
        var response = await page.GetAsync($"/account/membership/card/{purchaseId}/payment-return");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        return await response.Content.ReadAsStringAsync();
    }

    private DateTime Now => Factory.Clock.GetUtcNow().UtcDateTime;

    [Fact]
    public async Task A_card_does_nothing_until_the_signed_webhook_and_then_checkout_gives_its_member_price_and_free_delivery()
    {
        var (store, sku) = await ShelfAsync();
        var shopper = await Factory.CreateAccountAsync();
        var before = await QuoteAsync(shopper.Client, store, sku);
        Kinds(before).ShouldBeEmpty();
        var deliveryFee = before.GetProperty("deliveryFeeMinor").GetInt64();
        deliveryFee.ShouldBe(299);
        before.GetProperty("totalMinor").GetInt64().ShouldBe(1000 + deliveryFee);

        var purchase = await BuyAsync(shopper.Client);
        await ApproveAsync(shopper.Client, purchase);

        // Approved on the provider's page, but no signed event yet: nothing changes.
        var waiting = await MeAsync(shopper.Client);
        waiting.GetProperty("card").ValueKind.ShouldBe(JsonValueKind.Null);
        waiting.GetProperty("effectiveTier").GetProperty("name").GetString().ShouldBe("Member");
        (await QuoteAsync(shopper.Client, store, sku)).GetProperty("totalMinor").GetInt64().ShouldBe(1000 + deliveryFee);
        (await ReturnPageAsync(shopper, purchase)).ShouldContain("Confirming your payment");

        (await Factory.DeliverWebhooksAsync()).ShouldBeGreaterThan(0);

        var me = await MeAsync(shopper.Client);
        me.GetProperty("effectiveTier").GetProperty("name").GetString().ShouldBe("Gold");
        me.GetProperty("tier").GetProperty("name").GetString().ShouldBe("Member", "the growth tier is still Member");
        me.GetProperty("card").GetProperty("name").GetString().ShouldBe("Plaza Plus");
        me.GetProperty("card").GetProperty("activeUntilUtc").GetDateTime().ShouldBe(Now.AddDays(365), TimeSpan.FromSeconds(1));
        var after = await QuoteAsync(shopper.Client, store, sku);
        Kinds(after).ShouldBe(["member-price", "member-free-delivery"]);
        after.GetProperty("totalMinor").GetInt64().ShouldBe(950);
        var paid = await (await shopper.Client.GetAsync($"/api/v1/memberships/card-purchases/{purchase}")).ShouldHaveStatus(HttpStatusCode.OK);
        paid.GetProperty("status").GetString().ShouldBe("paid");
        (await ReturnPageAsync(shopper, purchase)).ShouldContain("Your Plaza Plus card is active until");
    }

    [Fact]
    public async Task Renewing_while_the_card_is_valid_adds_the_days_to_its_end()
    {
        var shopper = await Factory.CreateAccountAsync();
        await PayAsync(shopper.Client, await BuyAsync(shopper.Client, "year"));
        var firstEnd = Now.AddDays(365);

        Factory.Clock.Advance(TimeSpan.FromDays(10));
        var renewal = await BuyAsync(shopper.Client, "month");
        await PayAsync(shopper.Client, renewal);

        (await MeAsync(shopper.Client)).GetProperty("card").GetProperty("activeUntilUtc").GetDateTime().ShouldBe(firstEnd.AddDays(30), TimeSpan.FromSeconds(1));
        var view = await (await shopper.Client.GetAsync($"/api/v1/memberships/card-purchases/{renewal}")).ShouldHaveStatus(HttpStatusCode.OK);
        view.GetProperty("validFromUtc").GetDateTime().ShouldBe(firstEnd, TimeSpan.FromSeconds(1));
    }

    [Fact]
    public async Task A_webhook_event_delivered_twice_extends_the_card_once()
    {
        var shopper = await Factory.CreateAccountAsync();
        var purchase = await BuyAsync(shopper.Client, "month");
        var paymentId = await ApproveAsync(shopper.Client, purchase);
        string body;
        await using (var scope = Factory.Db())
        {
            var reference = (await scope.Db.Set<Payment>().SingleAsync(p => p.Id == paymentId)).ProviderReference!;
            body = (await scope.Db.Set<SandboxEvent>().Where(e => e.DeliveredAtUtc == null).ToListAsync()).Single(e => e.Payload.Contains(reference)).Payload;
        }

        foreach (var expectDuplicate in new[] { false, true })
        {
            var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/payments/webhooks/sandbox")
            {
                Content = new StringContent(body, Encoding.UTF8, "application/json"),
            };
            request.Headers.Add(WebhookSignature.Header, WebhookSignature.Sign(Factory.WebhookSecret, Factory.Clock.GetUtcNow().ToUnixTimeSeconds(), body));
            var ack = await (await Factory.Anonymous().SendAsync(request)).ShouldHaveStatus(HttpStatusCode.OK);
            ack.GetProperty("duplicate").GetBoolean().ShouldBe(expectDuplicate);
        }

        (await MeAsync(shopper.Client)).GetProperty("card").GetProperty("activeUntilUtc").GetDateTime().ShouldBe(Now.AddDays(30), TimeSpan.FromSeconds(1));
        await using var check = Factory.Db();
        (await check.Db.Set<MembershipCardPurchase>().CountAsync(p => p.AccountId == shopper.Id && p.Status == CardPurchaseStatus.Paid)).ShouldBe(1);
    }

    [Fact]
    public async Task When_the_card_runs_out_its_benefits_stop()
    {
        var (store, sku) = await ShelfAsync();
        var shopper = await Factory.CreateAccountAsync();
        await PayAsync(shopper.Client, await BuyAsync(shopper.Client, "month"));
        Kinds(await QuoteAsync(shopper.Client, store, sku)).ShouldContain("member-price");

        Factory.Clock.Advance(TimeSpan.FromDays(30) + TimeSpan.FromMinutes(1));
        var client = await SignInAgainAsync(shopper); // sessions run out with the clock too

        var me = await MeAsync(client);
        me.GetProperty("card").ValueKind.ShouldBe(JsonValueKind.Null);
        me.GetProperty("effectiveTier").GetProperty("name").GetString().ShouldBe("Member");
        Kinds(await QuoteAsync(client, store, sku)).ShouldBeEmpty();
    }

    [Fact]
    public async Task A_card_purchase_is_private_to_its_buyer()
    {
        var owner = await Factory.CreateAccountAsync();
        var stranger = await Factory.CreateAccountAsync();
        var purchase = await BuyAsync(owner.Client);

        (await stranger.Client.GetAsync($"/api/v1/memberships/card-purchases/{purchase}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await stranger.Client.PostAsJsonAsync("/api/v1/payments", new { kind = "membership-card", billId = purchase }))
            .StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var page = Factory.CreateClient();
        page.DefaultRequestHeaders.Add("Cookie", $"{AuthSchemes.CookieName}={stranger.Token}");
        (await page.GetAsync($"/account/membership/card/{purchase}/payment-return")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        await using var scope = Factory.Db();
        (await scope.Db.Set<Payment>().CountAsync(p => p.PayableId == purchase)).ShouldBe(0);
    }

    [Fact]
    public async Task Bad_input_is_refused_naming_the_field()
    {
        var shopper = await Factory.CreateAccountAsync();

        await (await shopper.Client.PostAsJsonAsync("/api/v1/memberships/card-purchases", new { plan = "decade" })).ShouldBeValidationProblem("plan");
        // A payment names its bill by kind (one of the registered ones) and id.
        await (await shopper.Client.PostAsJsonAsync("/api/v1/payments", new { })).ShouldBeValidationProblem("kind");
        await (await shopper.Client.PostAsJsonAsync("/api/v1/payments", new { kind = "gift-card", billId = Guid.NewGuid() }))
            .ShouldBeValidationProblem("kind");
        await (await shopper.Client.PostAsJsonAsync("/api/v1/payments", new { kind = "membership-card" })).ShouldBeValidationProblem("billId");
    }

    [Fact]
    public async Task A_paid_purchase_cannot_be_paid_again()
    {
        var shopper = await Factory.CreateAccountAsync();
        var purchase = await BuyAsync(shopper.Client);
        await PayAsync(shopper.Client, purchase);

        await (await shopper.Client.PostAsJsonAsync("/api/v1/payments", new { kind = "membership-card", billId = purchase }))
            .ShouldBeProblem(HttpStatusCode.Conflict, "not_payable");
    }

    [Fact]
    public async Task The_offer_lists_the_plans_and_the_tier_it_gives()
    {
        var offer = await (await Factory.Anonymous().GetAsync("/api/v1/memberships/card")).ShouldHaveStatus(HttpStatusCode.OK);

        offer.GetProperty("name").GetString().ShouldBe("Plaza Plus");
        offer.GetProperty("tier").GetProperty("name").GetString().ShouldBe("Gold");
        offer.GetProperty("plans").EnumerateArray()
            .Select(p => (p.GetProperty("id").GetString(), p.GetProperty("days").GetInt32(), p.GetProperty("priceMinor").GetInt64()))
            .ShouldBe([("year", 365, 2999L), ("month", 30, 399L)]);
    }

    [Fact]
    public async Task Points_earned_while_the_card_is_valid_get_its_tiers_multiplier()
    {
        var store = await Factory.StoreAsync();
        var product = await Factory.ProductAsync(store, await Factory.CategoryAsync(), "Olive oil", "", new SkuSpec("OIL", 1000, 100));
        var staff = await Factory.CreateStaffAsync(store.Id);
        var shopper = await Factory.CreateAccountAsync();
        await PayAsync(shopper.Client, await BuyAsync(shopper.Client));

        var order = await shopper.Client.PlacePickupOrderAsync(store.Id, store.PickupPoints[0].Id, (product.Skus[0].Id, 1));
        order.GetProperty("totalMinor").GetInt64().ShouldBe(950);
        await Factory.CompleteAsync(shopper.Client, staff, order.GetProperty("id").GetGuid());
        await Factory.DispatchAsync();

        (await Factory.LedgerAsync(shopper.Id)).Balance.ShouldBe(13, "9 whole pounds paid × 1 point × Gold's 1.5, rounded down");
    }

    private async Task<HttpClient> SignInAgainAsync(TestAccount account)
    {
        var signedIn = await (await Factory.Anonymous()
            .PostAsJsonAsync("/api/v1/auth/sign-in", new { login = account.Login, password = PlazaFactory.Password }))
            .ShouldHaveStatus(HttpStatusCode.OK);
        return Factory.WithToken(signedIn.GetProperty("accessToken").GetString()!);
    }
}
