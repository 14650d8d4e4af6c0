using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Plaza.IntegrationTests.Infrastructure;
using Plaza.IntegrationTests.Ordering;
using Plaza.Web.Modules.Bargaining;
using Plaza.Web.Modules.Notifications;
using Plaza.Web.Platform.Events;

namespace Plaza.IntegrationTests.Bargaining;

/// <summary>
/// Bargaining through the API: deals set up by staff, bargains started by shoppers, cut by friends (one cut
/// each, never the starter, never below the floor even when 20 cut at once), bought through the normal order
/// endpoint with a "bargain" offer, reopened when that order is cancelled in time.
/// </summary>
public sealed class BargainingTests(PlazaFactory factory) : IClassFixture<PlazaFactory>
{
    private const long UsualPrice = 2000, Floor = 1000;

    private sealed record Shelf(Guid Store, Guid Pickup, Guid Sku, Guid Deal, HttpClient Staff);

    private async Task<Shelf> DealAsync(int cuts = 5, int minutes = 60)
    {
        var store = await factory.StoreAsync();
        var product = await factory.ProductAsync(store, await factory.CategoryAsync(), "Durian", "", new SkuSpec("DUR", UsualPrice, 30));
        var staff = await factory.CreateStaffAsync(store.Id);
        var deal = await (await staff.PostAsJsonAsync("/api/v1/bargains/deals", new
        {
            storeId = store.Id, skuId = product.Skus[0].Id, floorPriceMinor = Floor, expectedCuts = cuts, timeLimitMinutes = minutes,
            endsAtUtc = factory.Clock.GetUtcNow().UtcDateTime.AddDays(7),
        })).ShouldHaveStatus(HttpStatusCode.Created);
        return new Shelf(store.Id, store.PickupPoints[0].Id, product.Skus[0].Id, deal.GetProperty("id").GetGuid(), staff);
    }

    private static async Task<Guid> StartAsync(HttpClient starter, Shelf s) =>
        (await (await starter.PostAsJsonAsync("/api/v1/bargains", new { dealId = s.Deal })).ShouldHaveStatus(HttpStatusCode.Created)).GetProperty("id")
            .GetGuid();

    private static Task<HttpResponseMessage> CutAsync(HttpClient friend, Guid bargain) => friend.PostAsync($"/api/v1/bargains/{bargain}/cuts", null);

    private static object BargainOrder(Shelf s, Guid bargain, int quantity = 1) => new
    {
        storeId = s.Store, fulfilment = "pickup", pickupPointId = s.Pickup,
        lines = new[] { new { skuId = s.Sku, quantity } },
        offer = new { kind = "bargain", id = bargain },
    };

    private async Task<JsonElement> BargainAsync(Guid bargain) =>
        await (await factory.Anonymous().GetAsync($"/api/v1/bargains/{bargain}")).ShouldHaveStatus(HttpStatusCode.OK);

    private Task<int> DispatchAsync() => factory.Services.GetRequiredService<OutboxDispatcher>().DispatchPendingAsync(CancellationToken.None);

    private async Task<Bargain> RowAsync(Guid bargain)
    {
        await using var scope = factory.Db();
        return await scope.Db.Set<Bargain>().AsNoTracking().SingleAsync(b => b.Id == bargain);
    }

    [Fact]
    public async Task Friends_cut_the_price_by_the_bargains_schedule_and_the_starter_buys_at_the_price_reached()
    {
        var s = await DealAsync(cuts: 5);
        var starter = await factory.CreateShopperAsync();
        var bargain = await StartAsync(starter, s);
        var seed = (await RowAsync(bargain)).Seed;
        var shares = CutSchedule.Shares(UsualPrice - Floor, 5, seed);

        var friends = await factory.ManyShoppersAsync(3);
        var amounts = new List<long>();
        foreach (var friend in friends)
        {
            var cut = await (await CutAsync(friend, bargain)).ShouldHaveStatus(HttpStatusCode.OK);
            amounts.Add(cut.GetProperty("amountMinor").GetInt64());
        }
        amounts.ShouldBe(shares.Take(3));
        var reached = UsualPrice - shares.Take(3).Sum();
        var view = await BargainAsync(bargain);
        view.GetProperty("currentPriceMinor").GetInt64().ShouldBe(reached);
        view.GetProperty("cuts").GetInt32().ShouldBe(3);
        view.GetProperty("cutList").GetArrayLength().ShouldBe(3);
        await using (var scope = factory.Db())
            (await scope.Db.Set<Notification>().CountAsync(n => n.SubjectId == bargain && n.Kind == "Bargain")).ShouldBe(3);

        // Only the starter gets the bargain price, for one unit of the item.
        await (await friends[0].PostAsJsonAsync("/api/v1/orders", BargainOrder(s, bargain))).ShouldBeValidationProblem("offer");
        await (await starter.PostAsJsonAsync("/api/v1/orders", BargainOrder(s, bargain, quantity: 2))).ShouldBeValidationProblem("offer");
        var order = await (await starter.PostAsJsonAsync("/api/v1/orders", BargainOrder(s, bargain))).ShouldHaveStatus(HttpStatusCode.Created);
        order.GetProperty("totalMinor").GetInt64().ShouldBe(reached);
        order.GetProperty("adjustments").EnumerateArray().Select(a => (a.GetProperty("kind").GetString(), a.GetProperty("amountMinor").GetInt64()))
            .ShouldBe([("bargain", reached - UsualPrice)]);
        (await BargainAsync(bargain)).GetProperty("status").GetString().ShouldBe("Bought");

        await (await starter.PostAsJsonAsync("/api/v1/orders", BargainOrder(s, bargain))).ShouldBeProblem(HttpStatusCode.Conflict, "bargain_used");
        await (await CutAsync((await factory.ManyShoppersAsync(1))[0], bargain)).ShouldBeProblem(HttpStatusCode.Conflict, "bargain_closed");
    }

    [Fact]
    public async Task The_expected_number_of_cuts_lands_exactly_on_the_floor_and_no_cut_goes_below_it()
    {
        var s = await DealAsync(cuts: 4);
        var bargain = await StartAsync(await factory.CreateShopperAsync(), s);
        var friends = await factory.ManyShoppersAsync(5);
        for (var i = 0; i < 4; i++) await (await CutAsync(friends[i], bargain)).ShouldHaveStatus(HttpStatusCode.OK);
        (await BargainAsync(bargain)).GetProperty("currentPriceMinor").GetInt64().ShouldBe(Floor);
        await (await CutAsync(friends[4], bargain)).ShouldBeProblem(HttpStatusCode.Conflict, "floor_reached");
        (await RowAsync(bargain)).CurrentPriceMinor.ShouldBe(Floor);
    }

    [Fact]
    public async Task The_starter_cannot_cut_their_own_bargain_and_a_friend_cuts_only_once()
    {
        var s = await DealAsync();
        var starter = await factory.CreateShopperAsync();
        var bargain = await StartAsync(starter, s);
        await (await CutAsync(starter, bargain)).ShouldBeProblem(HttpStatusCode.Conflict, "own_bargain");
        var friend = await factory.CreateShopperAsync();
        await (await CutAsync(friend, bargain)).ShouldHaveStatus(HttpStatusCode.OK);
        await (await CutAsync(friend, bargain)).ShouldBeProblem(HttpStatusCode.Conflict, "already_cut");
        (await CutAsync(factory.Anonymous(), bargain)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await BargainAsync(bargain)).GetProperty("cuts").GetInt32().ShouldBe(1);
        await (await starter.PostAsJsonAsync("/api/v1/bargains", new { dealId = s.Deal })).ShouldBeProblem(HttpStatusCode.Conflict, "bargain_already_open");
    }

    [Fact]
    public async Task Twenty_friends_cutting_at_once_each_cut_once_and_the_cuts_add_up_without_passing_the_floor()
    {
        var s = await DealAsync(cuts: 12);
        var bargain = await StartAsync(await factory.CreateShopperAsync(), s);
        var friends = await factory.ManyShoppersAsync(20);

        var responses = await friends.RaceAsync(f => CutAsync(f, bargain));

        var statuses = responses.GroupBy(r => r.StatusCode).ToDictionary(g => g.Key, g => g.Count());
        statuses.GetValueOrDefault(HttpStatusCode.OK).ShouldBe(12, string.Join(", ", statuses.Select(x => $"{x.Key}: {x.Value}")));
        foreach (var refused in responses.Where(r => r.StatusCode != HttpStatusCode.OK))
            await refused.ShouldBeProblem(HttpStatusCode.Conflict, "floor_reached");
        var row = await RowAsync(bargain);
        row.CurrentPriceMinor.ShouldBe(Floor);
        row.Cuts.ShouldBe(12);
        await using var scope = factory.Db();
        var cuts = await scope.Db.Set<BargainCut>().AsNoTracking().Where(c => c.BargainId == bargain).ToListAsync();
        cuts.Count.ShouldBe(12);
        cuts.Sum(c => c.AmountMinor).ShouldBe(row.StartPriceMinor - row.CurrentPriceMinor);
        cuts.Select(c => c.FriendId).Distinct().Count().ShouldBe(12);
        cuts.Select(c => c.Sequence).Order().ShouldBe(Enumerable.Range(1, 12));
        cuts.OrderBy(c => c.Sequence).Select(c => c.AmountMinor).ShouldBe(CutSchedule.Shares(UsualPrice - Floor, 12, row.Seed));
    }

    [Fact]
    public async Task Twenty_friends_cutting_a_long_bargain_at_once_all_count_once()
    {
        var s = await DealAsync(cuts: 30);
        var bargain = await StartAsync(await factory.CreateShopperAsync(), s);
        var friends = await factory.ManyShoppersAsync(20);
        var responses = await friends.RaceAsync(f => CutAsync(f, bargain));
        responses.Count(r => r.StatusCode == HttpStatusCode.OK).ShouldBe(20);
        var row = await RowAsync(bargain);
        row.Cuts.ShouldBe(20);
        row.CurrentPriceMinor.ShouldBe(UsualPrice - CutSchedule.Shares(UsualPrice - Floor, 30, row.Seed).Take(20).Sum());
        row.CurrentPriceMinor.ShouldBeGreaterThan(Floor);
    }

    [Fact]
    public async Task An_expired_bargain_can_be_neither_cut_nor_bought_and_the_shopper_may_start_again()
    {
        var s = await DealAsync(minutes: 30);
        var starter = await factory.CreateShopperAsync();
        var bargain = await StartAsync(starter, s);
        await (await CutAsync(await factory.CreateShopperAsync(), bargain)).ShouldHaveStatus(HttpStatusCode.OK);
        factory.Clock.Advance(TimeSpan.FromMinutes(31));

        await (await CutAsync(await factory.CreateShopperAsync(), bargain)).ShouldBeProblem(HttpStatusCode.Conflict, "bargain_expired");
        await (await starter.PostAsJsonAsync("/api/v1/orders", BargainOrder(s, bargain))).ShouldBeValidationProblem("offer");
        (await BargainAsync(bargain)).GetProperty("status").GetString().ShouldBe("Expired");
        var again = await StartAsync(starter, s);
        again.ShouldNotBe(bargain);
    }

    [Fact]
    public async Task A_cancelled_order_reopens_the_bargain_at_its_price_within_the_time_limit()
    {
        var s = await DealAsync(minutes: 60);
        var starter = await factory.CreateShopperAsync();
        var bargain = await StartAsync(starter, s);
        await (await CutAsync(await factory.CreateShopperAsync(), bargain)).ShouldHaveStatus(HttpStatusCode.OK);
        var price = (await RowAsync(bargain)).CurrentPriceMinor;
        var order = (await (await starter.PostAsJsonAsync("/api/v1/orders", BargainOrder(s, bargain))).ShouldHaveStatus(HttpStatusCode.Created))
            .GetProperty("id").GetGuid();

        await (await starter.PostAsync($"/api/v1/orders/{order}/cancel", null)).ShouldHaveStatus(HttpStatusCode.OK);
        await DispatchAsync();
        await DispatchAsync(); // a second delivery changes nothing
        var reopened = await BargainAsync(bargain);
        reopened.GetProperty("status").GetString().ShouldBe("Open");
        reopened.GetProperty("currentPriceMinor").GetInt64().ShouldBe(price);

        var second = await (await starter.PostAsJsonAsync("/api/v1/orders", BargainOrder(s, bargain))).ShouldHaveStatus(HttpStatusCode.Created);
        second.GetProperty("totalMinor").GetInt64().ShouldBe(price);
        factory.Clock.Advance(TimeSpan.FromMinutes(61));
        await (await starter.PostAsync($"/api/v1/orders/{second.GetProperty("id").GetGuid()}/cancel", null)).ShouldHaveStatus(HttpStatusCode.OK);
        await DispatchAsync();
        (await RowAsync(bargain)).Status.ShouldBe(BargainStatus.Expired);
    }

    [Fact]
    public async Task A_friend_may_cut_only_so_many_prices_a_day()
    {
        var friend = await factory.CreateShopperAsync();
        for (var i = 0; i < 10; i++)
        {
            var s = await DealAsync();
            await (await CutAsync(friend, await StartAsync(await factory.CreateShopperAsync(), s))).ShouldHaveStatus(HttpStatusCode.OK);
        }
        var last = await DealAsync();
        await (await CutAsync(friend, await StartAsync(await factory.CreateShopperAsync(), last))).ShouldBeProblem(HttpStatusCode.Conflict, "cut_limit");
    }

    [Fact]
    public async Task Twenty_cuts_at_once_by_one_account_near_its_daily_limit_pass_exactly_up_to_the_limit_and_the_next_day_it_may_cut_again()
    {
        var s = await DealAsync();
        var friend = await factory.CreateShopperAsync();
        var starters = await factory.ManyShoppersAsync(27);
        var bargains = new List<Guid>();
        foreach (var starter in starters) bargains.Add(await StartAsync(starter, s));
        for (var i = 0; i < 7; i++) await (await CutAsync(friend, bargains[i])).ShouldHaveStatus(HttpStatusCode.OK);

        var responses = await bargains.Skip(7).Take(20).RaceAsync(b => CutAsync(friend, b));

        var statuses = responses.GroupBy(r => r.StatusCode).ToDictionary(g => g.Key, g => g.Count());
        statuses.GetValueOrDefault(HttpStatusCode.OK).ShouldBe(3, string.Join(", ", statuses.Select(x => $"{x.Key}: {x.Value}")));
        foreach (var refused in responses.Where(r => r.StatusCode != HttpStatusCode.OK))
            await refused.ShouldBeProblem(HttpStatusCode.Conflict, "cut_limit");
        await using (var scope = factory.Db())
        {
            var cutIds = bargains.ToList();
            (await scope.Db.Set<BargainCut>().CountAsync(c => cutIds.Contains(c.BargainId))).ShouldBe(10);
            (await scope.Db.Set<Bargain>().Where(b => cutIds.Contains(b.Id)).SumAsync(b => b.Cuts)).ShouldBe(10);
        }

        // A new (UTC) day, a new allowance.
        var now = factory.Clock.GetUtcNow();
        factory.Clock.Advance(now.Date.AddDays(1).AddMinutes(1) - now.UtcDateTime);
        await (await CutAsync(friend, await StartAsync(await factory.CreateShopperAsync(), s))).ShouldHaveStatus(HttpStatusCode.OK);
    }

    [Fact]
    public async Task The_sweep_closes_bargains_whose_time_is_up_and_gives_their_slot_back_leaving_open_and_bought_ones_alone()
    {
        var s = await DealAsync(minutes: 30);
        var late = await factory.CreateShopperAsync();
        var lapsed = await StartAsync(late, s);
        var buyer = await factory.CreateShopperAsync();
        var bought = await StartAsync(buyer, s);
        await (await buyer.PostAsJsonAsync("/api/v1/orders", BargainOrder(s, bought))).ShouldHaveStatus(HttpStatusCode.Created);
        factory.Clock.Advance(TimeSpan.FromMinutes(20));
        var fresh = await StartAsync(await factory.CreateShopperAsync(), s);
        factory.Clock.Advance(TimeSpan.FromMinutes(11));

        async Task<int> SweepAsync()
        {
            await using var scope = factory.Services.CreateAsyncScope();
            return await ExpireBargains.SweepAsync(scope.ServiceProvider, CancellationToken.None);
        }
        await SweepAsync();
        (await SweepAsync()).ShouldBe(0); // again: nothing left to close

        var row = await RowAsync(lapsed);
        row.Status.ShouldBe(BargainStatus.Expired);
        row.OpenSlot.ShouldBeNull();
        (await RowAsync(bought)).Status.ShouldBe(BargainStatus.Bought);
        (await RowAsync(fresh)).Status.ShouldBe(BargainStatus.Open);
        (await BargainAsync(lapsed)).GetProperty("status").GetString().ShouldBe("Expired");
        await (await CutAsync(await factory.CreateShopperAsync(), lapsed)).ShouldBeProblem(HttpStatusCode.Conflict, "bargain_closed");
        (await StartAsync(late, s)).ShouldNotBe(lapsed);
        (await TimeUpNoticesAsync(late, lapsed)).ShouldBe(["Time is up for your bargain on Durian: it ended at £" +
            ((await RowAsync(lapsed)).CurrentPriceMinor / 100m).ToString("0.00", System.Globalization.CultureInfo.InvariantCulture) +
            " without being bought. You can start a new one."]);
        (await TimeUpNoticesAsync(buyer, bought)).ShouldBeEmpty();
    }

    /// <summary>The notifications that link to this bargain and are not about a friend's cut.</summary>
    private static async Task<List<string?>> TimeUpNoticesAsync(HttpClient starter, Guid bargainId) =>
        (await starter.NotificationTextsAsync($"/bargains/{bargainId}")).Where(t => t?.StartsWith("A friend cut", StringComparison.Ordinal) != true).ToList();

    [Fact]
    public async Task Bad_deals_and_requests_are_refused_naming_the_field_and_only_staff_set_deals_up()
    {
        var store = await factory.StoreAsync();
        var product = await factory.ProductAsync(store, await factory.CategoryAsync(), "Mangosteen", "", new SkuSpec("MANGO", 500));
        var staff = await factory.CreateStaffAsync(store.Id);
        object Deal(long floor, int cuts, int minutes = 60) => new
        {
            storeId = store.Id, skuId = product.Skus[0].Id, floorPriceMinor = floor, expectedCuts = cuts, timeLimitMinutes = minutes,
            endsAtUtc = factory.Clock.GetUtcNow().UtcDateTime.AddDays(1),
        };
        await (await staff.PostAsJsonAsync("/api/v1/bargains/deals", Deal(400, 1))).ShouldBeValidationProblem("expectedCuts");
        await (await staff.PostAsJsonAsync("/api/v1/bargains/deals", Deal(400, 51))).ShouldBeValidationProblem("expectedCuts");
        await (await staff.PostAsJsonAsync("/api/v1/bargains/deals", Deal(500, 5))).ShouldBeValidationProblem("floorPriceMinor");
        await (await staff.PostAsJsonAsync("/api/v1/bargains/deals", Deal(0, 5))).ShouldBeValidationProblem("floorPriceMinor");
        await (await staff.PostAsJsonAsync("/api/v1/bargains/deals", Deal(400, 5, minutes: 5))).ShouldBeValidationProblem("timeLimitMinutes");
        await (await staff.PostAsJsonAsync("/api/v1/bargains/deals", new { storeId = store.Id })).ShouldBeValidationProblem("skuId");
        (await (await factory.CreateShopperAsync()).PostAsJsonAsync("/api/v1/bargains/deals", Deal(400, 5))).StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        var shopper = await factory.CreateShopperAsync();
        await (await shopper.PostAsJsonAsync("/api/v1/bargains", new { })).ShouldBeValidationProblem("dealId");
        (await shopper.PostAsJsonAsync("/api/v1/bargains", new { dealId = Guid.NewGuid() })).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await shopper.PostAsync($"/api/v1/bargains/{Guid.NewGuid()}/cuts", null)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await factory.Anonymous().GetAsync($"/api/v1/bargains/{Guid.NewGuid()}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var body = new { storeId = store.Id, fulfilment = "pickup", pickupPointId = store.PickupPoints[0].Id,
            lines = new[] { new { skuId = product.Skus[0].Id, quantity = 1 } }, offer = new { kind = "bargain", id = Guid.NewGuid() } };
        await (await shopper.PostAsJsonAsync("/api/v1/orders", body)).ShouldBeValidationProblem("offer");
    }
}
