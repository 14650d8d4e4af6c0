using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Plaza.Web.Modules.Ordering;
using Plaza.Web.Modules.Promotions;
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
        public double Percentile(double p) => BuyerRace.Percentile(LatenciesMs, p);
    }

    public static async Task<Result> RunAsync(bool postgres, int buyers, int quantity, int concurrency, int poolSize)
    {
        await using var server = new BenchServer(postgres, poolSize);
        server.StartServer();
        var saleId = Guid.Empty;
        // Stock for everyone: the flash sale's own count is what must stop at the quantity.
        var shop = await BuyerRace.ArrangeAsync(server.Services, buyers, "One per buyer at the flash price", UsualPrice, buyers, (s, now) =>
        {
            var sale = FlashSale.Create(s.Store, s.Sku, s.Product, "Flash cake", FlashPrice, UsualPrice, "GBP", quantity, 1, now.AddMinutes(-1),
                now.AddHours(1), s.Merchant, now);
            saleId = sale.Id;
            return [sale];
        });
        var body = new
        {
            storeId = shop.Store, fulfilment = "pickup", pickupPointId = shop.Pickup, lines = new[] { new { skuId = shop.Sku, quantity = 1 } },
            offer = new { kind = FlashSaleRule.Kind, id = saleId },
        };
        var run = await BuyerRace.RunAsync(server, shop, body, $"/api/v1/flash-sales/{saleId}", concurrency);

        await using var scope = server.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PlazaDb>();
        var saleSold = await db.Set<FlashSale>().Where(s => s.Id == saleId).Select(s => s.Sold).SingleAsync();
        var lines = await db.Set<OrderLine>().Where(l => l.SkuId == shop.Sku).Select(l => new { l.UnitPriceMinor, l.Quantity }).ToListAsync();
        var unexpected = run.Statuses.Where(s => s is not HttpStatusCode.Created and not HttpStatusCode.Conflict and not HttpStatusCode.BadRequest).ToList();
        return new Result(server.Provider, buyers, quantity, concurrency,
            run.Count(HttpStatusCode.Created), run.Count(HttpStatusCode.Conflict), run.Count(HttpStatusCode.BadRequest), unexpected.Count,
            run.Elapsed, run.LatenciesMs, saleSold, lines.Where(l => l.UnitPriceMinor == FlashPrice).Sum(l => l.Quantity),
            lines.Where(l => l.UnitPriceMinor != FlashPrice).Sum(l => l.Quantity),
            // What the unexpected answers were (0 = the client saw no response), so an error count can be looked into.
            string.Join(", ", unexpected.GroupBy(s => (int)s).Select(g => $"{g.Key}: {g.Count()}")));
    }
}
