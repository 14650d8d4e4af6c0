using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Plaza.IntegrationTests.Infrastructure;
using Plaza.IntegrationTests.Ordering;
using Plaza.Web.Modules.Loyalty;
using Plaza.Web.Modules.Ordering.Contracts;
using Plaza.Web.Platform.Events;

namespace Plaza.IntegrationTests.Loyalty;

/// <summary>Spending points at checkout, racing redemptions, and what cancellations and refunds give back and take back.</summary>
public sealed class PointsAtCheckoutTests(PlazaFactory factory) : IClassFixture<PlazaFactory>
{
    private async Task<(Guid Store, Guid Pickup, Guid Sku, HttpClient Staff)> ShelfAsync(long price = 3000, int stock = 100)
    {
        var store = await factory.StoreAsync();
        var product = await factory.ProductAsync(store, await factory.CategoryAsync(), "Olive oil", "", new SkuSpec("OIL", price, stock));
        return (store.Id, store.PickupPoints[0].Id, product.Skus[0].Id, await factory.CreateStaffAsync(store.Id));
    }

    [Fact]
    public async Task Twenty_racing_orders_each_spending_the_whole_balance_leave_exactly_one_winner_and_no_negative_balance()
    {
        var (store, pickup, sku, _) = await ShelfAsync();
        var shopper = await factory.CreateAccountAsync();
        await factory.GrantAsync(shopper.Id, 1000);

        var responses = await Enumerable.Range(0, 20)
            .RaceAsync(_ => shopper.Client.PostAsJsonAsync("/api/v1/orders", LoyaltyArrange.Order(store, pickup, sku, 1, 1000)));

        var statuses = responses.GroupBy(r => r.StatusCode).ToDictionary(g => g.Key, g => g.Count());
        statuses.GetValueOrDefault(HttpStatusCode.Created).ShouldBe(1, string.Join(", ", statuses.Select(s => $"{s.Key}: {s.Value}")));
        // A loser either lost the conditional UPDATE (409) or already saw the empty balance when pricing (400).
        (statuses.GetValueOrDefault(HttpStatusCode.Conflict) + statuses.GetValueOrDefault(HttpStatusCode.BadRequest)).ShouldBe(19);
        foreach (var lost in responses.Where(r => r.StatusCode == HttpStatusCode.Conflict).Take(2))
            await lost.ShouldBeProblem(HttpStatusCode.Conflict, "points_insufficient");
        foreach (var refused in responses.Where(r => r.StatusCode == HttpStatusCode.BadRequest).Take(2))
            await refused.ShouldBeValidationProblem("pointsToSpend");
        var (balance, _, sum, entries) = await factory.LedgerAsync(shopper.Id);
        balance.ShouldBe(0);
        sum.ShouldBe(balance);
        entries.Count(e => e.Kind == PointsKind.Redeemed).ShouldBe(1);
        (await factory.StockAsync(store, sku)).ShouldBe(99);
    }

    [Fact]
    public async Task Points_show_in_the_quote_and_on_the_order_and_a_cancelled_order_gives_them_back()
    {
        var (store, pickup, sku, _) = await ShelfAsync();
        var shopper = await factory.CreateAccountAsync();
        await factory.GrantAsync(shopper.Id, 800);

        var quote = await (await shopper.Client.PostAsJsonAsync("/api/v1/price-quotes", LoyaltyArrange.Order(store, pickup, sku, 1, 500)))
            .ShouldHaveStatus(HttpStatusCode.OK);
        quote.GetProperty("totalMinor").GetInt64().ShouldBe(2500);
        var line = quote.GetProperty("adjustments").EnumerateArray().Single();
        line.GetProperty("kind").GetString().ShouldBe("points");
        line.GetProperty("amountMinor").GetInt64().ShouldBe(-500);

        var order = await (await shopper.Client.PostAsJsonAsync("/api/v1/orders", LoyaltyArrange.Order(store, pickup, sku, 1, 500)))
            .ShouldHaveStatus(HttpStatusCode.Created);
        order.GetProperty("totalMinor").GetInt64().ShouldBe(2500);
        (await factory.LedgerAsync(shopper.Id)).Balance.ShouldBe(300);

        var id = order.GetProperty("id").GetGuid();
        await (await shopper.Client.PostAsync($"/api/v1/orders/{id}/cancel", null)).ShouldHaveStatus(HttpStatusCode.OK);
        await factory.DispatchAsync();
        var (balance, _, sum, entries) = await factory.LedgerAsync(shopper.Id);
        balance.ShouldBe(800);
        sum.ShouldBe(800);
        entries.Single(e => e.Kind == PointsKind.RefundReturn).Amount.ShouldBe(500);
    }

    [Fact]
    public async Task A_refunded_order_reverses_its_earned_points_in_proportion_and_returns_spent_points_once()
    {
        var (store, pickup, sku, staff) = await ShelfAsync();
        var shopper = await factory.CreateAccountAsync();
        await factory.GrantAsync(shopper.Id, 1000);

        // 2 × 30.00 = 60.00, 1000 points (10.00) off: 50.00 paid.
        var order = await (await shopper.Client.PostAsJsonAsync("/api/v1/orders", LoyaltyArrange.Order(store, pickup, sku, 2, 1000)))
            .ShouldHaveStatus(HttpStatusCode.Created);
        var id = order.GetProperty("id").GetGuid();
        order.GetProperty("totalMinor").GetInt64().ShouldBe(5000);
        await factory.CompleteAsync(shopper.Client, staff, id);
        await factory.DispatchAsync();
        var earned = await factory.LedgerAsync(shopper.Id);
        earned.Balance.ShouldBe(50, "1 point per 1.00 paid at the Member tier");
        earned.Growth.ShouldBe(50);

        // Half the goods back: half the spent points come back, half the earned points go.
        var lineId = (await factory.OrderAsync(id)).Lines[0].Id;
        await (await staff.PostAsJsonAsync($"/api/v1/orders/{id}/refunds", new { lines = new[] { new { lineId, quantity = 1 } } }))
            .ShouldHaveStatus(HttpStatusCode.OK);
        await factory.DispatchAsync();
        var half = await factory.LedgerAsync(shopper.Id);
        half.Balance.ShouldBe(50 + 500 - 25);
        half.Growth.ShouldBe(25);

        // Handling the same refund again changes nothing.
        await using (var scope = factory.Db())
        {
            var message = await scope.Db.Set<OutboxMessage>().AsNoTracking().Where(m => m.Type == nameof(OrderRefunded)).OrderByDescending(m => m.OccurredAtUtc)
                .FirstAsync();
            var refunded = JsonSerializer.Deserialize<OrderRefunded>(message.Payload, JsonSerializerOptions.Web)!;
            foreach (var handler in scope.Get<IEnumerable<IEventHandler<OrderRefunded>>>()) await handler.Handle(refunded, message.Id, CancellationToken.None);
        }
        (await factory.LedgerAsync(shopper.Id)).Balance.ShouldBe(half.Balance);

        // The rest: everything spent is back, everything earned is gone.
        await (await staff.PostAsJsonAsync($"/api/v1/orders/{id}/refunds", new { full = true })).ShouldHaveStatus(HttpStatusCode.OK);
        await factory.DispatchAsync();
        var (balance, growth, sum, entries) = await factory.LedgerAsync(shopper.Id);
        balance.ShouldBe(1000);
        growth.ShouldBe(0);
        sum.ShouldBe(balance);
        entries.Where(e => e.Kind == PointsKind.RefundReturn).Sum(e => e.Amount).ShouldBe(1000);
        entries.Where(e => e.Kind == PointsKind.Reversed).Sum(e => e.Amount).ShouldBe(-50);
    }

    [Fact]
    public async Task Spending_more_than_the_balance_or_the_cap_or_a_negative_amount_is_a_400_naming_pointsToSpend()
    {
        var (store, pickup, sku, _) = await ShelfAsync(price: 1000);
        var shopper = await factory.CreateAccountAsync();
        await factory.GrantAsync(shopper.Id, 800);

        await (await shopper.Client.PostAsJsonAsync("/api/v1/orders", LoyaltyArrange.Order(store, pickup, sku, 1, 900)))
            .ShouldBeValidationProblem("pointsToSpend");
        // 50% of 10.00 is 500 points.
        await (await shopper.Client.PostAsJsonAsync("/api/v1/price-quotes", LoyaltyArrange.Order(store, pickup, sku, 1, 501)))
            .ShouldBeValidationProblem("pointsToSpend");
        await (await shopper.Client.PostAsJsonAsync("/api/v1/orders", LoyaltyArrange.Order(store, pickup, sku, 1, -5)))
            .ShouldBeValidationProblem("pointsToSpend");
        await (await shopper.Client.GetAsync("/api/v1/points?limit=0")).ShouldBeValidationProblem("limit");
        await (await shopper.Client.PostAsJsonAsync("/api/v1/price-quotes", LoyaltyArrange.Order(store, pickup, sku, 1, 500)))
            .ShouldHaveStatus(HttpStatusCode.OK);
        (await factory.LedgerAsync(shopper.Id)).Balance.ShouldBe(800);
    }

    [Fact]
    public async Task A_gold_member_gets_the_member_price_and_more_points_for_a_completed_order()
    {
        var (store, pickup, sku, staff) = await ShelfAsync(price: 2000);
        var shopper = await factory.CreateAccountAsync();
        await factory.GrantAsync(shopper.Id, 0, growth: 2000);

        var me = await (await shopper.Client.GetAsync("/api/v1/memberships/me")).ShouldHaveStatus(HttpStatusCode.OK);
        me.GetProperty("tier").GetProperty("name").GetString().ShouldBe("Gold");
        var order = await (await shopper.Client.PostAsJsonAsync("/api/v1/orders", LoyaltyArrange.Order(store, pickup, sku, 1, 0)))
            .ShouldHaveStatus(HttpStatusCode.Created);
        order.GetProperty("totalMinor").GetInt64().ShouldBe(1900, "5% off for Gold");
        await factory.CompleteAsync(shopper.Client, staff, order.GetProperty("id").GetGuid());
        await factory.DispatchAsync();
        (await factory.LedgerAsync(shopper.Id)).Balance.ShouldBe(28, "19 points × 150%, rounded down");
    }
}
