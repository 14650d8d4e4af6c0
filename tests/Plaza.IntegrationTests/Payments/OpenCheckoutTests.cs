using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Plaza.IntegrationTests.Infrastructure;
using Plaza.IntegrationTests.Ordering;
using Plaza.Web.Modules.Payments;
using Plaza.Web.Modules.Payments.Sandbox;

namespace Plaza.IntegrationTests.Payments;

/// <summary>A bill has at most one open provider checkout: pressing Pay again, however fast, returns the open one.</summary>
public sealed class OpenCheckoutTests(PlazaFactory factory) : IClassFixture<PlazaFactory>
{
    private async Task<(HttpClient Shopper, Guid OrderId)> UnpaidOrderAsync()
    {
        var store = await factory.StoreAsync();
        var product = await factory.ProductAsync(store, await factory.CategoryAsync(), "Rye bread", "", new SkuSpec("RYE", 350, 20));
        var shopper = await factory.CreateShopperAsync();
        var order = await shopper.PlacePickupOrderAsync(store.Id, store.PickupPoints[0].Id, (product.Skus[0].Id, 1));
        return (shopper, order.GetProperty("id").GetGuid());
    }

    [Fact]
    public async Task Ten_presses_of_pay_at_once_open_one_checkout_and_all_get_it()
    {
        var (shopper, orderId) = await UnpaidOrderAsync();

        var answers = await Enumerable.Range(0, 10).RaceAsync(async _ =>
        {
            using var response = await shopper.PostAsJsonAsync("/api/v1/payments", new { kind = "order", billId = orderId });
            return (response.StatusCode, Body: await response.Content.ReadAsStringAsync());
        });

        answers.ShouldAllBe(a => a.StatusCode == HttpStatusCode.Created, string.Join("\n", answers.Select(a => $"{(int)a.StatusCode} {a.Body}")));
        var payments = answers.Select(a => JsonDocument.Parse(a.Body).RootElement).ToList();
        payments.Select(p => p.GetProperty("id").GetGuid()).Distinct().Count().ShouldBe(1);
        payments.Select(p => p.GetProperty("redirectUrl").GetString()).Distinct().Count().ShouldBe(1);
        payments[0].GetProperty("redirectUrl").GetString()!.ShouldStartWith("/sandbox/checkout/");
        await using var scope = factory.Db();
        var stored = await scope.Db.Set<Payment>().Where(p => p.Kind == "order" && p.PayableId == orderId).ToListAsync();
        stored.Count.ShouldBe(1);
        var reference = stored[0].Id.ToString();
        (await scope.Db.Set<SandboxCheckout>().CountAsync(c => c.MerchantReference == reference)).ShouldBe(1);
    }

    [Fact]
    public async Task A_declined_checkout_is_closed_and_the_next_press_opens_a_new_one()
    {
        var (shopper, orderId) = await UnpaidOrderAsync();
        var declined = await factory.ApproveOnSandboxAsync(shopper, orderId, approve: false);
        await factory.DeliverWebhooksAsync();

        var again = await (await shopper.PostAsJsonAsync("/api/v1/payments", new { kind = "order", billId = orderId }))
            .ShouldHaveStatus(HttpStatusCode.Created);

        again.GetProperty("id").GetGuid().ShouldNotBe(declined);
        again.GetProperty("status").GetString().ShouldBe("pending");
    }
}
