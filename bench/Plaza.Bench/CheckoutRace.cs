using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Plaza.Web.Modules.Catalog;
using Plaza.Web.Modules.Ordering;
using Plaza.Web.Platform.Data;

namespace Plaza.Bench;

/// <summary>
/// Many signed-in buyers place a one-unit pickup order for the same SKU at the same moment, over real
/// HTTP. Measures throughput and latency, and checks that exactly the stock on offer was sold.
/// </summary>
internal static class CheckoutRace
{
    public sealed record Result(string Provider, int Buyers, int Stock, int Concurrency, int Sold, int SoldOut, int Errors,
        TimeSpan Elapsed, double[] LatenciesMs, int StockLeft, int UnitsOrdered)
    {
        public bool Exact => Sold == Math.Min(Stock, Buyers) && StockLeft == Stock - Sold && UnitsOrdered == Sold && Errors == 0;
        public double Throughput => Buyers / Elapsed.TotalSeconds;
        public double Percentile(double p) => BuyerRace.Percentile(LatenciesMs, p);
    }

    public static async Task<Result> RunAsync(bool postgres, int buyers, int stock, int concurrency, int poolSize)
    {
        await using var server = new BenchServer(postgres, poolSize);
        server.StartServer();
        var shop = await BuyerRace.ArrangeAsync(server.Services, buyers, "One per buyer", 900, stock);
        var body = new { storeId = shop.Store, fulfilment = "pickup", pickupPointId = shop.Pickup, lines = new[] { new { skuId = shop.Sku, quantity = 1 } } };
        var run = await BuyerRace.RunAsync(server, shop, body, $"/api/v1/products/{shop.Product}?storeId={shop.Store}", concurrency);

        await using var scope = server.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PlazaDb>();
        var left = await db.Set<StoreOffer>().Where(o => o.StoreId == shop.Store && o.SkuId == shop.Sku).Select(o => o.Stock).SingleAsync();
        var ordered = await db.Set<OrderLine>().Where(l => l.SkuId == shop.Sku).SumAsync(l => l.Quantity);
        return new Result(server.Provider, buyers, stock, concurrency, run.Count(HttpStatusCode.Created), run.Count(HttpStatusCode.Conflict),
            run.Statuses.Count(s => s is not HttpStatusCode.Created and not HttpStatusCode.Conflict), run.Elapsed, run.LatenciesMs, left, ordered);
    }
}
