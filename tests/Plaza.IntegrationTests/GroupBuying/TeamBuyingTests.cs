using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Plaza.IntegrationTests.Infrastructure;
using Plaza.IntegrationTests.Ordering;
using Plaza.Web.Modules.GroupBuying;
using Plaza.Web.Modules.Notifications;
using Plaza.Web.Modules.Ordering;
using Plaza.Web.Modules.Ordering.Contracts;
using Plaza.Web.Platform.Events;

namespace Plaza.IntegrationTests.GroupBuying;

/// <summary>
/// Team group buying through the API: deals set up by staff, teams opened and joined through the normal
/// order endpoint with a "group-buy" offer, seats that follow payments and cancellations, and the timeout
/// sweep that refunds everyone when a team does not fill.
/// </summary>
public sealed class TeamBuyingTests(PlazaFactory factory) : IClassFixture<PlazaFactory>
{
    private const long UsualPrice = 1000, TeamPrice = 700;

    private sealed record Shelf(Guid Store, Guid Pickup, Guid Sku, Guid Deal, HttpClient Staff);

    private async Task<Shelf> DealAsync(int teamSize, int stock = 30, int perShopper = 2, int minutes = 60)
    {
        var store = await factory.StoreAsync();
        var product = await factory.ProductAsync(store, await factory.CategoryAsync(), "Lychee box", "", new SkuSpec("BOX", UsualPrice, stock));
        var staff = await factory.CreateStaffAsync(store.Id);
        var deal = await (await staff.PostAsJsonAsync("/api/v1/group-buys/deals", new
        {
            storeId = store.Id, skuId = product.Skus[0].Id, groupPriceMinor = TeamPrice, teamSize, timeLimitMinutes = minutes, perShopperLimit = perShopper,
            endsAtUtc = factory.Clock.GetUtcNow().UtcDateTime.AddDays(7),
        })).ShouldHaveStatus(HttpStatusCode.Created);
        return new Shelf(store.Id, store.PickupPoints[0].Id, product.Skus[0].Id, deal.GetProperty("id").GetGuid(), staff);
    }

    private static object TeamOrder(Shelf s, Guid offerId, int quantity = 1) => new
    {
        storeId = s.Store, fulfilment = "pickup", pickupPointId = s.Pickup,
        lines = new[] { new { skuId = s.Sku, quantity } },
        offer = new { kind = "group-buy", id = offerId },
    };

    /// <summary>Opens a team as this shopper; returns the order and the team.</summary>
    private static async Task<(Guid Order, Guid Team)> OpenAsync(HttpClient shopper, Shelf s)
    {
        var order = await (await shopper.PostAsJsonAsync("/api/v1/orders", TeamOrder(s, s.Deal))).ShouldHaveStatus(HttpStatusCode.Created);
        var mine = await (await shopper.GetAsync("/api/v1/group-buys/my-teams")).ShouldHaveStatus(HttpStatusCode.OK);
        return (order.GetProperty("id").GetGuid(), mine[0].GetProperty("id").GetGuid());
    }

    private static async Task<Guid> JoinAsync(HttpClient shopper, Shelf s, Guid team) =>
        (await (await shopper.PostAsJsonAsync("/api/v1/orders", TeamOrder(s, team))).ShouldHaveStatus(HttpStatusCode.Created)).GetProperty("id").GetGuid();

    private async Task PayAsync(HttpClient shopper, Guid order)
    {
        await factory.PayAsync(shopper, order);
        await DispatchAsync();
    }

    private Task<int> DispatchAsync() => factory.Services.GetRequiredService<OutboxDispatcher>().DispatchPendingAsync(CancellationToken.None);

    private async Task<JsonElement> TeamAsync(Guid team) =>
        await (await factory.Anonymous().GetAsync($"/api/v1/group-buys/teams/{team}")).ShouldHaveStatus(HttpStatusCode.OK);

    [Fact]
    public async Task Twenty_simultaneous_joins_for_the_last_slot_admit_exactly_one()
    {
        var s = await DealAsync(teamSize: 3);
        var (_, team) = await OpenAsync(await factory.CreateShopperAsync(), s);
        await JoinAsync(await factory.CreateShopperAsync(), s, team);
        var racers = await factory.ManyShoppersAsync(20);

        var responses = await racers.RaceAsync(r => r.PostAsJsonAsync("/api/v1/orders", TeamOrder(s, team)));

        var statuses = responses.GroupBy(r => r.StatusCode).ToDictionary(g => g.Key, g => g.Count());
        statuses.GetValueOrDefault(HttpStatusCode.Created).ShouldBe(1, string.Join(", ", statuses.Select(x => $"{x.Key}: {x.Value}")));
        statuses.GetValueOrDefault(HttpStatusCode.Conflict).ShouldBe(19);
        foreach (var refused in responses.Where(r => r.StatusCode == HttpStatusCode.Conflict))
            await refused.ShouldBeProblem(HttpStatusCode.Conflict, "team_full");
        var view = await TeamAsync(team);
        view.GetProperty("members").GetInt32().ShouldBe(3);
        view.GetProperty("spotsLeft").GetInt32().ShouldBe(0);
        view.GetProperty("memberNames").GetArrayLength().ShouldBe(3);
        (await factory.StockAsync(s.Store, s.Sku)).ShouldBe(30 - 3);
        await using var scope = factory.Db();
        (await scope.Db.Set<OrderLine>().CountAsync(l => l.SkuId == s.Sku)).ShouldBe(3);
        (await scope.Db.Set<TeamMember>().CountAsync(m => m.TeamId == team)).ShouldBe(3);
    }

    [Fact]
    public async Task A_team_completes_when_every_seat_is_paid_and_only_then_can_its_orders_be_prepared()
    {
        var s = await DealAsync(teamSize: 2);
        var leader = await factory.CreateShopperAsync();
        var (first, team) = await OpenAsync(leader, s);
        var order = await factory.OrderAsync(first);
        order.TotalMinor.ShouldBe(TeamPrice);
        order.HoldReason.ShouldNotBeNull();

        await PayAsync(leader, first);
        (await TeamAsync(team)).GetProperty("status").GetString().ShouldBe("Open");
        await (await s.Staff.PostAsync($"/api/v1/orders/{first}/prepare", null)).ShouldBeProblem(HttpStatusCode.Conflict, "order_on_hold");

        var friend = await factory.CreateShopperAsync();
        var second = await JoinAsync(friend, s, team);
        (await TeamAsync(team)).GetProperty("status").GetString().ShouldBe("Open"); // a seat held by an unpaid order does not complete it
        await PayAsync(friend, second);

        var done = await TeamAsync(team);
        done.GetProperty("status").GetString().ShouldBe("Complete");
        done.GetProperty("paidMembers").GetInt32().ShouldBe(2);
        await (await s.Staff.PostAsync($"/api/v1/orders/{first}/prepare", null)).ShouldHaveStatus(HttpStatusCode.OK);
        await (await s.Staff.PostAsync($"/api/v1/orders/{second}/prepare", null)).ShouldHaveStatus(HttpStatusCode.OK);
        await using var scope = factory.Db();
        (await scope.Db.Set<Notification>().CountAsync(n => n.SubjectId == team && n.Kind == "GroupBuy")).ShouldBe(2);
    }

    [Fact]
    public async Task A_team_that_times_out_refunds_every_paid_member_cancels_the_unpaid_and_puts_the_stock_back()
    {
        var s = await DealAsync(teamSize: 3, minutes: 60);
        var leader = await factory.CreateShopperAsync();
        var (first, team) = await OpenAsync(leader, s);
        await PayAsync(leader, first);
        var second = await factory.CreateShopperAsync();
        var paidJoin = await JoinAsync(second, s, team);
        await PayAsync(second, paidJoin);
        factory.Clock.Advance(TimeSpan.FromMinutes(50));
        var unpaidJoin = await JoinAsync(await factory.CreateShopperAsync(), s, team);
        (await factory.StockAsync(s.Store, s.Sku)).ShouldBe(27);

        factory.Clock.Advance(TimeSpan.FromMinutes(11));
        await using (var scope = factory.Services.CreateAsyncScope())
            (await ExpireTeams.SweepAsync(scope.ServiceProvider, CancellationToken.None)).ShouldBeGreaterThanOrEqualTo(3); // other tests' teams expire too
        await DispatchAsync();

        (await TeamAsync(team)).GetProperty("status").GetString().ShouldBe("Failed");
        foreach (var paid in new[] { first, paidJoin })
        {
            var o = await factory.OrderAsync(paid);
            o.Status.ShouldBe(OrderStatus.Cancelled);
            o.PaymentState.ShouldBe(PaymentState.Refunded);
            o.RefundedMinor.ShouldBe(TeamPrice);
        }
        (await factory.OrderAsync(unpaidJoin)).Status.ShouldBe(OrderStatus.Cancelled);
        (await factory.StockAsync(s.Store, s.Sku)).ShouldBe(30);
        await using (var db = factory.Db())
        {
            (await db.Db.Set<Notification>().CountAsync(n => n.SubjectId == team && n.Kind == "GroupBuy")).ShouldBe(3);
            (await db.Db.Set<TeamMember>().Where(m => m.TeamId == team).Select(m => m.State).ToListAsync())
                .OrderBy(x => x).ShouldBe([SeatState.Refunded, SeatState.Refunded, SeatState.Cancelled]);
        }

        // Again: nothing left to do, nothing refunded twice.
        await using (var scope = factory.Services.CreateAsyncScope())
            (await ExpireTeams.SweepAsync(scope.ServiceProvider, CancellationToken.None)).ShouldBe(0);
        await DispatchAsync();
        (await factory.OrderAsync(first)).RefundedMinor.ShouldBe(TeamPrice);
        (await factory.StockAsync(s.Store, s.Sku)).ShouldBe(30);
    }

    [Fact]
    public async Task An_unpaid_seat_is_given_back_when_its_order_is_cancelled()
    {
        var s = await DealAsync(teamSize: 2);
        var (_, team) = await OpenAsync(await factory.CreateShopperAsync(), s);
        var quitter = await factory.CreateShopperAsync();
        var order = await JoinAsync(quitter, s, team);
        (await factory.Anonymous().PostAsJsonAsync("/api/v1/orders", TeamOrder(s, team))).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        await (await (await factory.CreateShopperAsync()).PostAsJsonAsync("/api/v1/orders", TeamOrder(s, team)))
            .ShouldBeProblem(HttpStatusCode.Conflict, "team_full");

        await (await quitter.PostAsync($"/api/v1/orders/{order}/cancel", null)).ShouldHaveStatus(HttpStatusCode.OK);
        await DispatchAsync();
        await DispatchAsync(); // a second delivery changes nothing
        (await TeamAsync(team)).GetProperty("members").GetInt32().ShouldBe(1);
        await JoinAsync(await factory.CreateShopperAsync(), s, team);
        (await TeamAsync(team)).GetProperty("spotsLeft").GetInt32().ShouldBe(0);
    }

    [Fact]
    public async Task A_paid_member_who_cancels_before_the_team_fills_is_refunded_and_frees_the_seat()
    {
        var s = await DealAsync(teamSize: 2);
        var leader = await factory.CreateShopperAsync();
        var (first, team) = await OpenAsync(leader, s);
        await PayAsync(leader, first);

        await (await leader.PostAsync($"/api/v1/orders/{first}/cancel", null)).ShouldHaveStatus(HttpStatusCode.OK);
        await DispatchAsync();
        (await factory.OrderAsync(first)).PaymentState.ShouldBe(PaymentState.Refunded);
        var left = await TeamAsync(team);
        left.GetProperty("members").GetInt32().ShouldBe(0);
        left.GetProperty("paidMembers").GetInt32().ShouldBe(0);
        left.GetProperty("status").GetString().ShouldBe("Failed"); // nobody is left in it
        (await factory.StockAsync(s.Store, s.Sku)).ShouldBe(30);
        await (await (await factory.CreateShopperAsync()).PostAsJsonAsync("/api/v1/orders", TeamOrder(s, team)))
            .ShouldBeProblem(HttpStatusCode.Conflict, "team_closed");
    }

    [Fact]
    public async Task The_same_shopper_cannot_take_two_seats_in_one_team()
    {
        var s = await DealAsync(teamSize: 5);
        var leader = await factory.CreateShopperAsync();
        var (_, team) = await OpenAsync(leader, s);
        await (await leader.PostAsJsonAsync("/api/v1/orders", TeamOrder(s, team))).ShouldBeProblem(HttpStatusCode.Conflict, "already_in_team");
        var friend = await factory.CreateShopperAsync();
        await JoinAsync(friend, s, team);
        await (await friend.PostAsJsonAsync("/api/v1/orders", TeamOrder(s, team))).ShouldBeProblem(HttpStatusCode.Conflict, "already_in_team");
        (await TeamAsync(team)).GetProperty("members").GetInt32().ShouldBe(2);
        (await factory.StockAsync(s.Store, s.Sku)).ShouldBe(28);
    }

    [Fact]
    public async Task A_shopper_cannot_buy_more_than_the_per_shopper_limit_at_the_team_price()
    {
        var s = await DealAsync(teamSize: 2, perShopper: 2);
        var shopper = await factory.CreateShopperAsync();
        await (await shopper.PostAsJsonAsync("/api/v1/orders", TeamOrder(s, s.Deal, quantity: 3))).ShouldBeValidationProblem("offer");
        var quote = await (await shopper.PostAsJsonAsync("/api/v1/price-quotes", TeamOrder(s, s.Deal, quantity: 2))).ShouldHaveStatus(HttpStatusCode.OK);
        quote.GetProperty("totalMinor").GetInt64().ShouldBe(2 * TeamPrice);
        (await factory.StockAsync(s.Store, s.Sku)).ShouldBe(30);
        (await (await shopper.GetAsync("/api/v1/group-buys/my-teams")).ShouldHaveStatus(HttpStatusCode.OK)).GetArrayLength().ShouldBe(0);
    }

    [Fact]
    public async Task The_per_shopper_limit_counts_every_team_of_the_deal_even_when_one_shopper_opens_ten_at_once()
    {
        var s = await DealAsync(teamSize: 3, perShopper: 2);
        var shopper = await factory.CreateAccountAsync();
        var tabs = Enumerable.Range(0, 10).Select(_ => factory.WithToken(shopper.Token)).ToList();

        var opened = await Task.WhenAll(tabs.Select(t => t.PostAsJsonAsync("/api/v1/orders", TeamOrder(s, s.Deal))));
        var third = await shopper.Client.PostAsJsonAsync("/api/v1/orders", TeamOrder(s, s.Deal));

        opened.Count(r => r.StatusCode == HttpStatusCode.Created).ShouldBe(2);
        foreach (var refused in opened.Where(r => r.StatusCode != HttpStatusCode.Created))
            (refused.StatusCode is HttpStatusCode.Conflict or HttpStatusCode.BadRequest).ShouldBeTrue(await refused.Content.ReadAsStringAsync());
        await third.ShouldBeValidationProblem("offer");
        (await factory.StockAsync(s.Store, s.Sku)).ShouldBe(28);
        (await (await shopper.Client.GetAsync("/api/v1/group-buys/my-teams")).ShouldHaveStatus(HttpStatusCode.OK)).GetArrayLength().ShouldBe(2);

        // Cancelling one gives its unit back to the allowance.
        var first = await opened.First(r => r.StatusCode == HttpStatusCode.Created).ShouldHaveStatus(HttpStatusCode.Created);
        await (await shopper.Client.PostAsync($"/api/v1/orders/{first.GetProperty("id").GetGuid()}/cancel", null)).ShouldHaveStatus(HttpStatusCode.OK);
        await DispatchAsync();
        await (await shopper.Client.PostAsJsonAsync("/api/v1/orders", TeamOrder(s, s.Deal))).ShouldHaveStatus(HttpStatusCode.Created);
    }

    [Fact]
    public async Task Bad_deals_are_refused_naming_the_field_and_only_staff_set_them_up()
    {
        var store = await factory.StoreAsync();
        var product = await factory.ProductAsync(store, await factory.CategoryAsync(), "Melon", "", new SkuSpec("MELON", 500));
        var staff = await factory.CreateStaffAsync(store.Id);
        object Deal(long price, int size) => new
        {
            storeId = store.Id, skuId = product.Skus[0].Id, groupPriceMinor = price, teamSize = size, timeLimitMinutes = 60, perShopperLimit = 1,
            endsAtUtc = factory.Clock.GetUtcNow().UtcDateTime.AddDays(1),
        };
        await (await staff.PostAsJsonAsync("/api/v1/group-buys/deals", Deal(400, 11))).ShouldBeValidationProblem("teamSize");
        await (await staff.PostAsJsonAsync("/api/v1/group-buys/deals", Deal(400, 1))).ShouldBeValidationProblem("teamSize");
        await (await staff.PostAsJsonAsync("/api/v1/group-buys/deals", Deal(500, 2))).ShouldBeValidationProblem("groupPriceMinor");
        await (await staff.PostAsJsonAsync("/api/v1/group-buys/deals", new { storeId = store.Id })).ShouldBeValidationProblem("skuId");
        (await (await factory.CreateShopperAsync()).PostAsJsonAsync("/api/v1/group-buys/deals", Deal(400, 2))).StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        var shopper = await factory.CreateShopperAsync();
        var body = new { storeId = store.Id, fulfilment = "pickup", pickupPointId = store.PickupPoints[0].Id,
            lines = new[] { new { skuId = product.Skus[0].Id, quantity = 1 } }, offer = new { kind = "group-buy", id = Guid.NewGuid() } };
        await (await shopper.PostAsJsonAsync("/api/v1/orders", body)).ShouldBeValidationProblem("offer");
        (await factory.Anonymous().GetAsync($"/api/v1/group-buys/teams/{Guid.NewGuid()}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }
}
