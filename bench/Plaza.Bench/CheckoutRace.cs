using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Plaza.Web.Modules.Catalog;
using Plaza.Web.Modules.Identity;
using Plaza.Web.Modules.Ordering;
using Plaza.Web.Modules.Stores;
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
        public double Percentile(double p) => LatenciesMs.Length == 0 ? 0 : LatenciesMs[Math.Min(LatenciesMs.Length - 1, (int)Math.Ceiling(p / 100 * LatenciesMs.Length) - 1)];
    }

    public static async Task<Result> RunAsync(bool postgres, int buyers, int stock, int concurrency, int poolSize)
    {
        await using var server = new BenchServer(postgres, poolSize);
        server.StartServer();
        var (storeId, pickupId, productId, skuId, tokens) = await ArrangeAsync(server.Services, buyers, stock);

        using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = concurrency, PooledConnectionLifetime = TimeSpan.FromMinutes(5) };
        using var http = new HttpClient(handler) { BaseAddress = new Uri(server.BaseUrl), Timeout = TimeSpan.FromMinutes(2) };
        var body = new { storeId, fulfilment = "pickup", pickupPointId = pickupId, lines = new[] { new { skuId, quantity = 1 } } };

        // Warm-up outside the measurement: JIT, EF model, HTTP connections and the database pool
        // (as many parallel reads as requests will be in flight).
        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(async _ =>
        {
            using var warm = await http.GetAsync($"/api/v1/products/{productId}?storeId={storeId}");
        }));

        var latencies = new double[buyers];
        var statuses = new HttpStatusCode[buyers];
        using var gate = new SemaphoreSlim(concurrency);
        var total = Stopwatch.StartNew();
        var tasks = Enumerable.Range(0, buyers).Select(async i =>
        {
            await gate.WaitAsync();
            try
            {
                using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/orders") { Content = JsonContent.Create(body) };
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", tokens[i]);
                var watch = Stopwatch.StartNew();
                using var response = await http.SendAsync(request);
                latencies[i] = watch.Elapsed.TotalMilliseconds;
                statuses[i] = response.StatusCode;
            }
            catch (Exception)
            {
                statuses[i] = 0;
            }
            finally
            {
                gate.Release();
            }
        }).ToList();
        await Task.WhenAll(tasks);
        total.Stop();

        await using var scope = server.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PlazaDb>();
        var left = await db.Set<StoreOffer>().Where(o => o.StoreId == storeId && o.SkuId == skuId).Select(o => o.Stock).SingleAsync();
        var ordered = await db.Set<OrderLine>().Where(l => l.SkuId == skuId).SumAsync(l => l.Quantity);
        Array.Sort(latencies);
        return new Result(server.Provider, buyers, stock, concurrency,
            statuses.Count(s => s == HttpStatusCode.Created), statuses.Count(s => s == HttpStatusCode.Conflict),
            statuses.Count(s => s is not HttpStatusCode.Created and not HttpStatusCode.Conflict),
            total.Elapsed, latencies, left, ordered);
    }

    private static async Task<(Guid Store, Guid Pickup, Guid Product, Guid Sku, string[] Tokens)> ArrangeAsync(IServiceProvider services, int buyers, int stock)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PlazaDb>();
        var now = DateTime.UtcNow;
        var merchant = Merchant.Create("Bench merchant", now);
        var store = Store.Open(merchant.Id, "Bench store", "1 Upper Street, London", 51.5416, -0.1022, "GBP", now);
        var category = Category.Create("bench", "Bench", 0);
        var product = Product.Create(merchant.Id, category.Id, "Flash cake", "One per buyer", now);
        var sku = product.AddSku("CAKE", "Whole", 900, "GBP");
        db.AddRange(merchant, store, category, product, StoreOffer.Create(store.Id, sku.Id, product.Id, stock));
        var tokens = new string[buyers];
        for (var i = 0; i < buyers; i++)
        {
            var account = Account.Register($"buyer{i}@bench.plaza.test", null, $"Buyer {i}", now);
            var (session, token) = Session.Start(account.Id, "bearer", now);
            db.AddRange(account, session);
            tokens[i] = token;
        }
        await db.SaveChangesAsync();
        return (store.Id, store.PickupPoints[0].Id, product.Id, sku.Id, tokens);
    }
}
