using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Plaza.IntegrationTests.Infrastructure;
using Plaza.IntegrationTests.Ordering;
using Plaza.Web.Modules.Leaders;
using Plaza.Web.Platform.Events;

namespace Plaza.IntegrationTests.Leaders;

/// <summary>
/// Community group buying through the API: a shopper applies to lead with a pickup point, staff approve (the point
/// becomes one of the store's), staff publish a campaign, shoppers order through the leader at the campaign price
/// until the cut-off, staff see the pick list and manifest, and the leader earns commission on completed orders.
/// </summary>
public sealed class LeaderCampaignTests(PlazaFactory factory) : IClassFixture<PlazaFactory>
{
    private const long UsualPrice = 1000, CampaignPrice = 800;

    private sealed record Shop(Guid Store, Guid StorePickup, Guid Sku, Guid OtherSku, HttpClient Staff);

    private async Task<Shop> ShopAsync()
    {
        var store = await factory.StoreAsync();
        var category = await factory.CategoryAsync();
        var eggs = await factory.ProductAsync(store, category, "Free-range eggs", "", new SkuSpec("12", UsualPrice, 50));
        var tea = await factory.ProductAsync(store, category, "Oolong tea", "", new SkuSpec("100G", 600, 50));
        return new Shop(store.Id, store.PickupPoints[0].Id, eggs.Skus[0].Id, tea.Skus[0].Id, await factory.CreateStaffAsync(store.Id));
    }

    private Task<Lead> ApprovedLeaderAsync(Shop s) => factory.ApprovedLeaderAsync(s.Store, s.Staff);

    private async Task<Guid> PublishedCampaignAsync(Shop s, int commissionBasisPoints = 1000, TimeSpan? cutOffIn = null)
    {
        var now = factory.Clock.GetUtcNow().UtcDateTime;
        var cutOff = now + (cutOffIn ?? TimeSpan.FromDays(2));
        var created = await (await s.Staff.PostAsJsonAsync("/api/v1/campaigns", new
        {
            storeId = s.Store, title = "Weekend breakfast", cutOffUtc = cutOff, deliveryDayUtc = cutOff.AddDays(1), commissionBasisPoints,
            items = new[] { new { skuId = s.Sku, priceMinor = CampaignPrice } },
        })).ShouldHaveStatus(HttpStatusCode.Created);
        created.GetProperty("published").GetBoolean().ShouldBeFalse();
        var id = created.GetProperty("id").GetGuid();
        (await factory.Anonymous().GetAsync($"/api/v1/campaigns/{id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        await (await s.Staff.PostAsync($"/api/v1/campaigns/{id}/publish", null)).ShouldHaveStatus(HttpStatusCode.OK);
        return id;
    }

    private static object CampaignOrder(Shop s, Guid campaign, Guid pickupPoint, int quantity = 2, bool withTea = false) => new
    {
        storeId = s.Store, fulfilment = "pickup", pickupPointId = pickupPoint,
        lines = withTea
            ? new object[] { new { skuId = s.Sku, quantity }, new { skuId = s.OtherSku, quantity = 1 } } : new object[] { new { skuId = s.Sku, quantity } },
        offer = new { kind = "campaign", id = campaign },
    };

    private Task<int> DispatchAsync() => factory.Services.GetRequiredService<OutboxDispatcher>().DispatchPendingAsync(CancellationToken.None);

    private async Task<JsonElement> PaidOrderAsync(HttpClient shopper, object order)
    {
        var placed = await (await shopper.PostAsJsonAsync("/api/v1/orders", order)).ShouldHaveStatus(HttpStatusCode.Created);
        var id = placed.GetProperty("id").GetGuid();
        await factory.PayAsync(shopper, id);
        await DispatchAsync();
        return await (await shopper.GetAsync($"/api/v1/orders/{id}")).ShouldHaveStatus(HttpStatusCode.OK);
    }

    private async Task HandOverAsync(Shop s, JsonElement order)
    {
        var id = order.GetProperty("id").GetGuid();
        await (await s.Staff.PostAsync($"/api/v1/orders/{id}/prepare", null)).ShouldHaveStatus(HttpStatusCode.OK);
        await (await s.Staff.PostAsync($"/api/v1/orders/{id}/ready", null)).ShouldHaveStatus(HttpStatusCode.OK);
        await (await s.Staff.PostAsJsonAsync($"/api/v1/orders/{id}/hand-over", new { pickupCode = order.GetProperty("pickupCode").GetString() }))
            .ShouldHaveStatus(HttpStatusCode.OK);
        await DispatchAsync();
    }

    private static async Task<JsonElement> DashboardAsync(Lead leader) =>
        (await (await leader.Client.GetAsync("/api/v1/leaders/me")).ShouldHaveStatus(HttpStatusCode.OK))[0];

    [Fact]
    public async Task A_campaign_order_through_a_leader_goes_from_publication_to_pickup_and_earns_the_leader_commission()
    {
        var s = await ShopAsync();
        var leader = await ApprovedLeaderAsync(s);
        var campaign = await PublishedCampaignAsync(s, commissionBasisPoints: 1000);

        // The approved application became a pickup point offered on the leader's page (not in the store's list: it is a home),
        // and the leader's page lists the campaign.
        var page = await (await factory.Anonymous().GetAsync($"/api/v1/leaders/{leader.Id}")).ShouldHaveStatus(HttpStatusCode.OK);
        page.GetProperty("pickupPointId").GetGuid().ShouldBe(leader.PickupPoint);
        page.GetProperty("pointName").GetString().ShouldBe("Mei's doorstep, Elm Court");
        page.GetProperty("campaigns").EnumerateArray().Single().GetProperty("id").GetGuid().ShouldBe(campaign);

        var shopper = await factory.CreateShopperAsync();
        var order = await PaidOrderAsync(shopper, CampaignOrder(s, campaign, leader.PickupPoint, quantity: 2, withTea: true));
        var eggs = order.GetProperty("lines").EnumerateArray().Single(l => l.GetProperty("skuId").GetGuid() == s.Sku);
        eggs.GetProperty("unitPriceMinor").GetInt64().ShouldBe(CampaignPrice);
        order.GetProperty("totalMinor").GetInt64().ShouldBe(2 * CampaignPrice + 600);

        // A second shopper orders but never pays: at the cut-off the order is cancelled and left off the pick list.
        var slow = await factory.CreateShopperAsync();
        var unpaid = (await (await slow.PostAsJsonAsync("/api/v1/orders", CampaignOrder(s, campaign, leader.PickupPoint, quantity: 5)))
            .ShouldHaveStatus(HttpStatusCode.Created)).GetProperty("id").GetGuid();
        (await (await s.Staff.GetAsync($"/api/v1/campaigns/{campaign}/pick-list")).ShouldHaveStatus(HttpStatusCode.OK)).GetProperty("final").GetBoolean()
            .ShouldBeFalse();

        // After the cut-off staff see what to pack and where it goes; no pickup codes in the manifest.
        factory.Clock.Advance(TimeSpan.FromDays(2) + TimeSpan.FromMinutes(1));
        await using (var scope = factory.Services.CreateAsyncScope())
            (await CloseCampaigns.SweepAsync(scope.ServiceProvider, CancellationToken.None)).ShouldBeGreaterThanOrEqualTo(1);
        await using (var scope = factory.Services.CreateAsyncScope())
            await CloseCampaigns.SweepAsync(scope.ServiceProvider, CancellationToken.None); // again: nothing changes
        (await (await slow.GetAsync($"/api/v1/orders/{unpaid}")).ShouldHaveStatus(HttpStatusCode.OK)).GetProperty("status").GetString().ShouldBe("cancelled");
        var pick = await (await s.Staff.GetAsync($"/api/v1/campaigns/{campaign}/pick-list")).ShouldHaveStatus(HttpStatusCode.OK);
        pick.GetProperty("final").GetBoolean().ShouldBeTrue();
        pick.GetProperty("lines").EnumerateArray().Single(l => l.GetProperty("skuId").GetGuid() == s.Sku).GetProperty("quantity").GetInt32().ShouldBe(2);
        var entry = pick.GetProperty("manifest").EnumerateArray().Single();
        entry.GetProperty("leaderId").GetGuid().ShouldBe(leader.Id);
        entry.GetProperty("orders").GetInt32().ShouldBe(1);
        pick.GetRawText().ShouldNotContain(order.GetProperty("pickupCode").GetString()!);
        (await shopper.GetAsync($"/api/v1/campaigns/{campaign}/pick-list")).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        // The delivery arrives at the leader's: only the leader can say so; the order becomes ready to collect.
        var orderId = order.GetProperty("id").GetGuid();
        (await shopper.PostAsync($"/api/v1/leaders/{leader.Id}/campaigns/{campaign}/received", null)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await (await leader.Client.PostAsync($"/api/v1/leaders/{leader.Id}/campaigns/{campaign}/received", null)).ShouldHaveStatus(HttpStatusCode.OK))
            .GetProperty("ordersReady").GetInt32().ShouldBe(1);
        await DispatchAsync();
        (await (await shopper.GetAsync($"/api/v1/orders/{orderId}")).ShouldHaveStatus(HttpStatusCode.OK)).GetProperty("status").GetString()
            .ShouldBe("ready_for_pickup");

        // Not earned until the shopper collects it with their code.
        (await DashboardAsync(leader)).GetProperty("earnedMinor").GetInt64().ShouldBe(0);
        await (await leader.Client.PostAsJsonAsync($"/api/v1/leaders/{leader.Id}/hand-over", new { pickupCode = "000000" }))
            .ShouldBeValidationProblem("pickupCode");
        var handed = await (await leader.Client.PostAsJsonAsync($"/api/v1/leaders/{leader.Id}/hand-over",
            new { pickupCode = order.GetProperty("pickupCode").GetString() }))
            .ShouldHaveStatus(HttpStatusCode.OK);
        handed.GetProperty("orderId").GetGuid().ShouldBe(orderId);
        (await (await shopper.GetAsync($"/api/v1/orders/{orderId}")).ShouldHaveStatus(HttpStatusCode.OK)).GetProperty("status").GetString()
            .ShouldBe("completed");
        await DispatchAsync();
        await DispatchAsync(); // a second delivery of the same events changes nothing
        var dashboard = await DashboardAsync(leader);
        // 10% of what the shopper paid for the campaign items (the tea is not in the campaign).
        dashboard.GetProperty("earnedMinor").GetInt64().ShouldBe(2 * CampaignPrice / 10);
        dashboard.GetProperty("customers").GetInt32().ShouldBe(1);
        dashboard.GetProperty("orders").EnumerateArray().Select(o => o.GetProperty("state").GetString()).Order().ShouldBe(["cancelled", "completed"]);
        var row = dashboard.GetProperty("orders").EnumerateArray().Single(o => o.GetProperty("state").GetString() == "completed");
        row.GetProperty("customer").GetString().ShouldBe("Test Shopper");
    }

    [Fact]
    public async Task Staff_close_a_campaigns_orders_early_unpaid_orders_are_cancelled_and_the_pick_list_is_final()
    {
        var s = await ShopAsync();
        var leader = await ApprovedLeaderAsync(s);
        var campaign = await PublishedCampaignAsync(s);
        var paid = await PaidOrderAsync(await factory.CreateShopperAsync(), CampaignOrder(s, campaign, leader.PickupPoint, quantity: 2));
        var slow = await factory.CreateShopperAsync();
        var unpaid = await (await slow.PostAsJsonAsync("/api/v1/orders", CampaignOrder(s, campaign, leader.PickupPoint, quantity: 3)))
            .ShouldHaveStatus(HttpStatusCode.Created);
        var stranger = await factory.CreateStaffAsync((await factory.StoreAsync()).Id);

        var notTheirs = await stranger.PostAsync($"/api/v1/campaigns/{campaign}/close", null);
        var closed = await (await s.Staff.PostAsync($"/api/v1/campaigns/{campaign}/close", null)).ShouldHaveStatus(HttpStatusCode.OK);
        var again = await s.Staff.PostAsync($"/api/v1/campaigns/{campaign}/close", null);
        var late = await (await factory.CreateShopperAsync()).PostAsJsonAsync("/api/v1/orders", CampaignOrder(s, campaign, leader.PickupPoint));

        notTheirs.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        closed.GetProperty("open").GetBoolean().ShouldBeFalse();
        await again.ShouldBeProblem(HttpStatusCode.Conflict, "campaign_closed");
        await late.ShouldBeValidationProblem("offer");
        (await (await slow.GetAsync($"/api/v1/orders/{unpaid.GetProperty("id").GetGuid()}")).ShouldHaveStatus(HttpStatusCode.OK))
            .GetProperty("status").GetString().ShouldBe("cancelled");
        var pick = await (await s.Staff.GetAsync($"/api/v1/campaigns/{campaign}/pick-list")).ShouldHaveStatus(HttpStatusCode.OK);
        pick.GetProperty("final").GetBoolean().ShouldBeTrue();
        pick.GetProperty("lines").EnumerateArray().Single().GetProperty("quantity").GetInt32().ShouldBe(2);
        paid.GetProperty("status").GetString().ShouldBe("paid");
    }

    [Fact]
    public async Task A_draft_campaign_can_be_deleted_but_a_published_one_cannot()
    {
        var s = await ShopAsync();
        var now = factory.Clock.GetUtcNow().UtcDateTime;
        var draft = (await (await s.Staff.PostAsJsonAsync("/api/v1/campaigns", new
        {
            storeId = s.Store, title = "Too early", cutOffUtc = now.AddDays(1), deliveryDayUtc = now.AddDays(2), commissionBasisPoints = 500,
            items = new[] { new { skuId = s.Sku, priceMinor = CampaignPrice } },
        })).ShouldHaveStatus(HttpStatusCode.Created)).GetProperty("id").GetGuid();
        var published = await PublishedCampaignAsync(s);

        var closeDraft = await s.Staff.PostAsync($"/api/v1/campaigns/{draft}/close", null);
        (await s.Staff.DeleteAsync($"/api/v1/campaigns/{draft}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        var deletePublished = await s.Staff.DeleteAsync($"/api/v1/campaigns/{published}");

        await closeDraft.ShouldBeProblem(HttpStatusCode.Conflict, "campaign_not_published");
        (await s.Staff.GetAsync($"/api/v1/campaigns/{draft}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        await deletePublished.ShouldBeProblem(HttpStatusCode.Conflict, "campaign_published");
        (await s.Staff.GetAsync($"/api/v1/campaigns/{published}")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_leaders_home_is_offered_only_with_a_campaign_and_its_address_is_never_shown_to_shoppers()
    {
        var s = await ShopAsync();
        var leader = await ApprovedLeaderAsync(s);
        var campaign = await PublishedCampaignAsync(s);
        var shopper = await factory.CreateShopperAsync();

        var store = await (await shopper.GetAsync($"/api/v1/stores/{s.Store}")).ShouldHaveStatus(HttpStatusCode.OK);
        store.GetProperty("pickupPoints").EnumerateArray().Select(p => p.GetProperty("id").GetGuid()).ShouldNotContain(leader.PickupPoint);
        (await shopper.GetStringAsync($"/api/v1/stores/{s.Store}")).ShouldNotContain("Elm Court");

        await (await shopper.PostAsJsonAsync("/api/v1/orders", new
        {
            storeId = s.Store, fulfilment = "pickup", pickupPointId = leader.PickupPoint, lines = new[] { new { skuId = s.Sku, quantity = 1 } },
        })).ShouldBeValidationProblem("pickupPointId");
        await (await shopper.PostAsJsonAsync("/api/v1/orders", CampaignOrder(s, campaign, leader.PickupPoint)))
            .ShouldHaveStatus(HttpStatusCode.Created);
    }

    [Fact]
    public async Task A_campaign_quote_or_order_for_delivery_is_refused_naming_the_fulfilment()
    {
        var s = await ShopAsync();
        await ApprovedLeaderAsync(s);
        var campaign = await PublishedCampaignAsync(s);
        var shopper = await factory.CreateShopperAsync();
        var lines = new[] { new { skuId = s.Sku, quantity = 1 } };

        var quote = await shopper.PostAsJsonAsync("/api/v1/price-quotes",
            new { storeId = s.Store, fulfilment = "delivery", lines, offer = new { kind = "campaign", id = campaign } });
        var slots = await (await shopper.GetAsync($"/api/v1/stores/{s.Store}/delivery-slots")).ShouldHaveStatus(HttpStatusCode.OK);
        var order = await shopper.PostAsJsonAsync("/api/v1/orders", new
        {
            storeId = s.Store, fulfilment = "delivery", deliveryAddress = "5 Chapel Market, London N1", latitude = TestData.AngelLat + 0.002,
            longitude = TestData.AngelLng, slotStartUtc = slots[1].GetProperty("startUtc").GetDateTime(), lines,
            offer = new { kind = "campaign", id = campaign },
        });

        await quote.ShouldBeValidationProblem("fulfilment");
        await order.ShouldBeValidationProblem("fulfilment");
    }

    [Fact]
    public async Task A_leader_steps_down_once_nothing_waits_at_their_point_and_it_stops_taking_orders()
    {
        var s = await ShopAsync();
        var leader = await ApprovedLeaderAsync(s);
        var campaign = await PublishedCampaignAsync(s);
        var shopper = await factory.CreateShopperAsync();
        var order = await PaidOrderAsync(shopper, CampaignOrder(s, campaign, leader.PickupPoint));
        var stranger = await factory.CreateShopperAsync();

        var notTheirs = await stranger.PostAsync($"/api/v1/leaders/{leader.Id}/step-down", null);
        var waiting = await leader.Client.PostAsync($"/api/v1/leaders/{leader.Id}/step-down", null);
        await HandOverAsync(s, order);
        var stepped = await (await leader.Client.PostAsync($"/api/v1/leaders/{leader.Id}/step-down", null)).ShouldHaveStatus(HttpStatusCode.OK);
        var again = await leader.Client.PostAsync($"/api/v1/leaders/{leader.Id}/step-down", null);
        var late = await (await factory.CreateShopperAsync()).PostAsJsonAsync("/api/v1/orders", CampaignOrder(s, campaign, leader.PickupPoint));

        notTheirs.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        await waiting.ShouldBeProblem(HttpStatusCode.Conflict, "leader_has_orders");
        stepped.GetProperty("status").GetString().ShouldBe("retired");
        await again.ShouldBeProblem(HttpStatusCode.Conflict, "not_a_leader");
        (await late.Content.ReadAsStringAsync()).ShouldContain("pickupPointId");
        (await factory.Anonymous().GetAsync($"/api/v1/leaders/{leader.Id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var store = await (await factory.Anonymous().GetAsync($"/api/v1/stores/{s.Store}")).ShouldHaveStatus(HttpStatusCode.OK);
        store.GetProperty("pickupPoints").EnumerateArray().ShouldNotContain(p => p.GetProperty("id").GetGuid() == leader.PickupPoint);
        (await DashboardAsync(leader)).GetProperty("earnedMinor").GetInt64().ShouldBeGreaterThan(0);
    }

    [Fact]
    public async Task An_order_after_the_cut_off_or_at_a_pickup_point_that_is_not_a_leaders_is_refused()
    {
        var s = await ShopAsync();
        var leader = await ApprovedLeaderAsync(s);
        var campaign = await PublishedCampaignAsync(s, cutOffIn: TimeSpan.FromHours(1));
        var shopper = await factory.CreateShopperAsync();

        var counter = await shopper.PostAsJsonAsync("/api/v1/orders", CampaignOrder(s, campaign, s.StorePickup));
        await counter.ShouldBeValidationProblem("pickupPointId");

        factory.Clock.Advance(TimeSpan.FromHours(1));
        var late = await shopper.PostAsJsonAsync("/api/v1/orders", CampaignOrder(s, campaign, leader.PickupPoint));
        await late.ShouldBeValidationProblem("offer");
        var quote = await shopper.PostAsJsonAsync("/api/v1/price-quotes", new
        {
            storeId = s.Store, fulfilment = "pickup", lines = new[] { new { skuId = s.Sku, quantity = 1 } }, offer = new { kind = "campaign", id = campaign },
        });
        await quote.ShouldBeValidationProblem("offer");
        (await (await factory.Anonymous().GetAsync($"/api/v1/leaders/{leader.Id}")).ShouldHaveStatus(HttpStatusCode.OK))
            .GetProperty("campaigns").GetArrayLength().ShouldBe(0);
    }

    [Fact]
    public async Task A_refund_after_pickup_takes_the_commission_back()
    {
        var s = await ShopAsync();
        var leader = await ApprovedLeaderAsync(s);
        var campaign = await PublishedCampaignAsync(s, commissionBasisPoints: 500);
        var shopper = await factory.CreateShopperAsync();
        var order = await PaidOrderAsync(shopper, CampaignOrder(s, campaign, leader.PickupPoint, quantity: 4));
        await HandOverAsync(s, order);
        (await DashboardAsync(leader)).GetProperty("earnedMinor").GetInt64().ShouldBe(4 * CampaignPrice * 5 / 100);

        await (await s.Staff.PostAsJsonAsync($"/api/v1/orders/{order.GetProperty("id").GetGuid()}/refunds", new { full = true, reason = "Eggs were cracked" }))
            .ShouldHaveStatus(HttpStatusCode.OK);
        await DispatchAsync();
        await DispatchAsync();
        (await DashboardAsync(leader)).GetProperty("earnedMinor").GetInt64().ShouldBe(0);
    }

    [Fact]
    public async Task Applications_are_decided_by_the_stores_staff_once_and_bad_input_is_refused()
    {
        var s = await ShopAsync();
        var shopper = await factory.CreateShopperAsync();
        var bad = await shopper.PostAsJsonAsync("/api/v1/leaders/applications",
            new { storeId = s.Store, pointName = "", kind = "castle", address = "x", latitude = 200.0, longitude = 0.0 });
        bad.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var applied = await (await shopper.PostAsJsonAsync("/api/v1/leaders/applications", LeaderArrange.Application(s.Store)))
            .ShouldHaveStatus(HttpStatusCode.Created);
        (await shopper.PostAsJsonAsync("/api/v1/leaders/applications", LeaderArrange.Application(s.Store))).StatusCode.ShouldBe(HttpStatusCode.Conflict);
        var id = applied.GetProperty("id").GetGuid();

        // Another store's staff cannot decide; a shopper cannot approve themselves.
        var other = await factory.StoreAsync();
        var otherStaff = await factory.CreateStaffAsync(other.Id);
        (await otherStaff.PostAsync($"/api/v1/leaders/{id}/approve", null)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await shopper.PostAsync($"/api/v1/leaders/{id}/approve", null)).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        var listed = await (await s.Staff.GetAsync($"/api/v1/leaders/applications?storeId={s.Store}")).ShouldHaveStatus(HttpStatusCode.OK);
        listed.EnumerateArray().Single().GetProperty("status").GetString().ShouldBe("pending");
        (await (await s.Staff.PostAsync($"/api/v1/leaders/{id}/reject", null)).ShouldHaveStatus(HttpStatusCode.OK)).GetProperty("status").GetString()
            .ShouldBe("rejected");
        (await s.Staff.PostAsync($"/api/v1/leaders/{id}/approve", null)).StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await factory.Anonymous().GetAsync($"/api/v1/leaders/{id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        var campaign = await s.Staff.PostAsJsonAsync("/api/v1/campaigns", new
        {
            storeId = s.Store, title = "Too dear", cutOffUtc = factory.Clock.GetUtcNow().UtcDateTime.AddHours(-1),
            deliveryDayUtc = factory.Clock.GetUtcNow().UtcDateTime,
            commissionBasisPoints = 9000, items = new[] { new { skuId = s.Sku, priceMinor = UsualPrice } },
        });
        var errors = (await campaign.ShouldBeValidationProblem("cutOffUtc")).GetProperty("errors");
        errors.TryGetProperty("commissionBasisPoints", out _).ShouldBeTrue();
    }
}
