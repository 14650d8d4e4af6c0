using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Plaza.IntegrationTests.Infrastructure;
using Plaza.Web.Modules.Ordering;

namespace Plaza.IntegrationTests.Ordering;

public sealed class StockUnderLoadTests(PlazaFactory factory) : IClassFixture<PlazaFactory>
{
    [Fact]
    public async Task Two_hundred_buyers_at_once_on_fifty_units_buy_exactly_fifty()
    {
        var store = await factory.StoreAsync();
        var product = await factory.ProductAsync(store, await factory.CategoryAsync(), "Limited cake", "", new SkuSpec("CAKE", 900, Stock: 50));
        var sku = product.Skus[0].Id;
        var buyers = await factory.ManyShoppersAsync(200);
        var body = Shopping.PickupOrder(store.Id, store.PickupPoints[0].Id, (sku, 1));

        var responses = await buyers.RaceAsync(buyer => buyer.PostAsJsonAsync("/api/v1/orders", body));

        var statuses = responses.GroupBy(r => r.StatusCode).ToDictionary(g => g.Key, g => g.Count());
        statuses.GetValueOrDefault(HttpStatusCode.Created).ShouldBe(50, string.Join(", ", statuses.Select(s => $"{s.Key}: {s.Value}")));
        statuses.GetValueOrDefault(HttpStatusCode.Conflict).ShouldBe(150);
        foreach (var refused in responses.Where(r => r.StatusCode == HttpStatusCode.Conflict).Take(3))
            await refused.ShouldBeProblem(HttpStatusCode.Conflict, "out_of_stock");
        (await factory.StockAsync(store.Id, sku)).ShouldBe(0);
        await using var scope = factory.Db();
        (await scope.Db.Set<OrderLine>().Where(l => l.SkuId == sku).SumAsync(l => l.Quantity)).ShouldBe(50);
    }
}
