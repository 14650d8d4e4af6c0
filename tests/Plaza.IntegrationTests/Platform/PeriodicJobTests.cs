using Plaza.IntegrationTests.Infrastructure;
using Plaza.IntegrationTests.Ordering;
using Plaza.Web.Modules.Ordering.Contracts;

namespace Plaza.IntegrationTests.Platform;

/// <summary>The periodic jobs tick on the app's clock: moving a fake clock runs them, without waiting in real time.</summary>
public sealed class PeriodicJobTests
{
    [Fact]
    public async Task An_unpaid_order_is_cancelled_by_the_running_job_once_the_clock_passes_its_payment_window()
    {
        await using var factory = new PlazaFactory(new Dictionary<string, string?>
        {
            ["Jobs:Enabled"] = "true",
            ["Ordering:ExpirySweepSeconds"] = "60",
        });
        var store = await factory.StoreAsync();
        var product = await factory.ProductAsync(store, await factory.CategoryAsync(), "Sourdough loaf", "", new SkuSpec("LOAF", 250, 5));
        var shopper = await factory.CreateShopperAsync();
        var id = (await shopper.PlacePickupOrderAsync(store.Id, store.PickupPoints[0].Id, (product.Skus[0].Id, 2))).GetProperty("id").GetGuid();

        factory.Clock.Advance(TimeSpan.FromMinutes(14));
        await Task.Delay(200); // a tick the job may take: the order is not due yet
        (await factory.OrderAsync(id)).Status.ShouldBe(OrderStatus.AwaitingPayment);

        factory.Clock.Advance(TimeSpan.FromMinutes(2));

        (await StatusOnceMovedAsync(factory, id)).ShouldBe(OrderStatus.Cancelled);
        (await factory.StockAsync(store.Id, product.Skus[0].Id)).ShouldBe(5);
    }

    /// <summary>The job runs on its own task: read the order until it has moved on (or ten seconds have passed).</summary>
    private static async Task<OrderStatus> StatusOnceMovedAsync(PlazaFactory factory, Guid orderId)
    {
        for (var i = 0; ; i++)
        {
            var status = (await factory.OrderAsync(orderId)).Status;
            if (status != OrderStatus.AwaitingPayment || i == 100) return status;
            await Task.Delay(100);
        }
    }
}
