using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Plaza.Web.Modules.Catalog;
using Plaza.Web.Modules.Identity;
using Plaza.Web.Modules.Stores;
using Plaza.Web.Platform.Data;

namespace Plaza.Bench;

/// <summary>
/// What the checkout races share: a bench store with one SKU and N signed-in buyers, and the race itself —
/// every buyer posts the same order once, at most <c>concurrency</c> in flight, over real HTTP, timed one by one.
/// </summary>
internal static class BuyerRace
{
    /// <summary>The bench store's ids, the SKU's merchant, and one bearer token per buyer.</summary>
    public sealed record Shop(Guid Store, Guid Pickup, Guid Product, Guid Sku, Guid Merchant, string[] Tokens);

    /// <summary>Each buyer's answer (0: no response) and latency (sorted, ms), and how long the whole race took.</summary>
    public sealed record Run(HttpStatusCode[] Statuses, double[] LatenciesMs, TimeSpan Elapsed)
    {
        public int Count(HttpStatusCode status) => Statuses.Count(s => s == status);
    }

    /// <param name="more">Further rows for the same save (a flash sale on the SKU, say), given the shop and "now".</param>
    public static async Task<Shop> ArrangeAsync(IServiceProvider services, int buyers, string description, long priceMinor, int stock,
        Func<Shop, DateTime, IEnumerable<object>>? more = null)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PlazaDb>();
        var now = DateTime.UtcNow;
        var merchant = Merchant.Create("Bench merchant", now);
        var store = Store.Open(merchant.Id, "Bench store", "1 Upper Street, London", 51.5416, -0.1022, "GBP", now);
        var category = Category.Create("bench", "Bench", 0);
        var product = Product.Create(merchant.Id, category.Id, "Flash cake", description, now);
        var sku = product.AddSku("CAKE", "Whole", priceMinor, "GBP");
        db.AddRange(merchant, store, category, product, StoreOffer.Create(store.Id, sku.Id, product.Id, stock));
        var tokens = new string[buyers];
        for (var i = 0; i < buyers; i++)
        {
            var account = Account.Register($"buyer{i}@bench.plaza.test", null, $"Buyer {i}", now);
            var (session, token) = Session.Start(account.Id, "bearer", now);
            db.AddRange(account, session);
            tokens[i] = token;
        }
        var shop = new Shop(store.Id, store.PickupPoints[0].Id, product.Id, sku.Id, merchant.Id, tokens);
        if (more is not null) db.AddRange(more(shop, now));
        await db.SaveChangesAsync();
        return shop;
    }

    /// <param name="warmUpPath">A read each of the <paramref name="concurrency"/> connections makes first, outside the measurement
    /// (JIT, EF model, HTTP connections and the database pool).</param>
    public static async Task<Run> RunAsync(BenchServer server, Shop shop, object body, string warmUpPath, int concurrency)
    {
        using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = concurrency, PooledConnectionLifetime = TimeSpan.FromMinutes(5) };
        using var http = new HttpClient(handler) { BaseAddress = new Uri(server.BaseUrl), Timeout = TimeSpan.FromMinutes(2) };
        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(async _ =>
        {
            using var warm = await http.GetAsync(warmUpPath);
        }));

        var buyers = shop.Tokens.Length;
        var latencies = new double[buyers];
        var statuses = new HttpStatusCode[buyers];
        using var gate = new SemaphoreSlim(concurrency);
        var total = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, buyers).Select(async i =>
        {
            await gate.WaitAsync();
            try
            {
                using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/orders") { Content = JsonContent.Create(body) };
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", shop.Tokens[i]);
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
        }).ToList());
        total.Stop();
        Array.Sort(latencies);
        return new Run(statuses, latencies, total.Elapsed);
    }

    /// <summary>The p-th percentile (nearest rank) of sorted latencies.</summary>
    public static double Percentile<T>(T[] sortedMs, double p) where T : System.Numerics.INumberBase<T> =>
        sortedMs.Length == 0 ? 0 : double.CreateChecked(sortedMs[Math.Min(sortedMs.Length - 1, (int)Math.Ceiling(p / 100 * sortedMs.Length) - 1)]);
}
