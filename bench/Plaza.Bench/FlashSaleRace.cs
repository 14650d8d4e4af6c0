using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Plaza.Web.Modules.Catalog;
using Plaza.Web.Modules.Identity;
using Plaza.Web.Modules.Ordering;
using Plaza.Web.Modules.Promotions;
using Plaza.Web.Modules.Stores;
using Plaza.Web.Platform.Data;

namespace Plaza.Bench;

/// <summary>
/// A flash sale of Q units (one per shopper) for a SKU with plenty of stock; N signed-in buyers order one unit
/// each at the same moment over real HTTP, asking for the flash price or nothing (<c>offer: flash-sale</c>).
/// Checks that exactly Q orders were created, all at the flash price, that the sale counts Q sold, and that
/// everyone else was told it sold out (409 <c>flash_sale_sold_out</c> when they lost the race inside the
/// transaction, 400 on <c>offer</c> when it was already sold out as they were priced).
/// </summary>
internal static class FlashSaleRace
{
    public const long UsualPrice = 900, FlashPrice = 500;

    public sealed record Result(string Provider, int Buyers, int Quantity, int Concurrency, int Sold, int Conflict, int Refused, int Errors,
        TimeSpan Elapsed, double[] LatenciesMs, int SaleSold, int LinesAtFlashPrice, int LinesOtherPrice, string ErrorStatuses = "")
    {
        public bool Exact => Sold == Math.Min(Quantity, Buyers) && SaleSold == Sold && LinesAtFlashPrice == Sold && LinesOtherPrice == 0 && Errors == 0;
        public double Throughput => Buyers / Elapsed.TotalSeconds;
        public double Percentile(double p) => LatenciesMs.Length == 0 ? 0 : LatenciesMs[Math.Min(LatenciesMs.Length - 1, (int)Math.Ceiling(p / 100 * LatenciesMs.Length) - 1)];
    }

    public static async Task<Result> RunAsync(bool postgres, int buyers, int quantity, int concurrency, int poolSize)
    {
        await using var server = new BenchServer(postgres, poolSize);
        server.StartServer();
        var (storeId, pickupId, productId, skuId, saleId, tokens) = await ArrangeAsync(server.Services, buyers, quantity);

        using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = concurrency, PooledConnectionLifetime = TimeSpan.FromMinutes(5) };
        using var http = new HttpClient(handler) { BaseAddress = new Uri(server.BaseUrl), Timeout = TimeSpan.FromMinutes(2) };
        var body = new
        {
            storeId, fulfilment = "pickup", pickupPointId = pickupId, lines = new[] { new { skuId, quantity = 1 } },
            offer = new { kind = FlashSaleRule.Kind, id = saleId },
        };

        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(async _ =>
        {
            using var warm = await http.GetAsync($"/api/v1/flash-sales/{saleId}");
        }));

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
        }).ToList());
        total.Stop();

        await using var scope = server.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PlazaDb>();
        var saleSold = await db.Set<FlashSale>().Where(s => s.Id == saleId).Select(s => s.Sold).SingleAsync();
        var lines = await db.Set<OrderLine>().Where(l => l.SkuId == skuId).Select(l => new { l.UnitPriceMinor, l.Quantity }).ToListAsync();
        Array.Sort(latencies);
        return new Result(server.Provider, buyers, quantity, concurrency,
            statuses.Count(s => s == HttpStatusCode.Created), statuses.Count(s => s == HttpStatusCode.Conflict), statuses.Count(s => s == HttpStatusCode.BadRequest),
            statuses.Count(s => s is not HttpStatusCode.Created and not HttpStatusCode.Conflict and not HttpStatusCode.BadRequest),
            total.Elapsed, latencies, saleSold, lines.Where(l => l.UnitPriceMinor == FlashPrice).Sum(l => l.Quantity),
            lines.Where(l => l.UnitPriceMinor != FlashPrice).Sum(l => l.Quantity),
            // What the unexpected answers were (0 = the client saw no response), so an error count can be looked into.
            string.Join(", ", statuses.Where(s => s is not HttpStatusCode.Created and not HttpStatusCode.Conflict and not HttpStatusCode.BadRequest)
                .GroupBy(s => (int)s).Select(g => $"{g.Key}: {g.Count()}")));
    }

    private static async Task<(Guid Store, Guid Pickup, Guid Product, Guid Sku, Guid Sale, string[] Tokens)> ArrangeAsync(IServiceProvider services, int buyers, int quantity)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PlazaDb>();
        var now = DateTime.UtcNow;
        var merchant = Merchant.Create("Bench merchant", now);
        var store = Store.Open(merchant.Id, "Bench store", "1 Upper Street, London", 51.5416, -0.1022, "GBP", now);
        var category = Category.Create("bench", "Bench", 0);
        var product = Product.Create(merchant.Id, category.Id, "Flash cake", "One per buyer at the flash price", now);
        var sku = product.AddSku("CAKE", "Whole", UsualPrice, "GBP");
        // Stock for everyone: the flash sale's own count is what must stop at the quantity.
        var sale = FlashSale.Create(store.Id, sku.Id, product.Id, "Flash cake", FlashPrice, UsualPrice, "GBP", quantity, 1, now.AddMinutes(-1), now.AddHours(1), merchant.Id, now);
        db.AddRange(merchant, store, category, product, StoreOffer.Create(store.Id, sku.Id, product.Id, buyers), sale);
        var tokens = new string[buyers];
        for (var i = 0; i < buyers; i++)
        {
            var account = Account.Register($"buyer{i}@bench.plaza.test", null, $"Buyer {i}", now);
            var (session, token) = Session.Start(account.Id, "bearer", now);
            db.AddRange(account, session);
            tokens[i] = token;
        }
        await db.SaveChangesAsync();
        return (store.Id, store.PickupPoints[0].Id, product.Id, sku.Id, sale.Id, tokens);
    }
}
