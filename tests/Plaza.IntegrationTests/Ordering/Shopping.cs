using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Plaza.IntegrationTests.Infrastructure;
using Plaza.Web.Modules.Identity;
using Plaza.Web.Modules.Ordering;
using Plaza.Web.Modules.Payments.Sandbox;

namespace Plaza.IntegrationTests.Ordering;

/// <summary>What a shopper does over the API, in one place: order, pay on the sandbox page, let the webhook arrive.</summary>
internal static class Shopping
{
    public static object PickupOrder(Guid storeId, Guid pickupPointId, params (Guid SkuId, int Quantity)[] lines) => new
    {
        storeId,
        fulfilment = "pickup",
        pickupPointId,
        lines = lines.Select(l => new { skuId = l.SkuId, quantity = l.Quantity }).ToArray(),
    };

    public static async Task<JsonElement> PlacePickupOrderAsync(this HttpClient client, Guid storeId, Guid pickupPointId,
        params (Guid SkuId, int Quantity)[] lines)
    {
        var response = await client.PostAsJsonAsync("/api/v1/orders", PickupOrder(storeId, pickupPointId, lines));
        return await response.ShouldHaveStatus(HttpStatusCode.Created);
    }

    /// <summary>An order delivered to <paramref name="address"/> near the Angel in the store's first slot, placed with an Idempotency-Key.</summary>
    public static async Task<JsonElement> PlaceDeliveryOrderAsync(this HttpClient client, Guid storeId, Guid skuId, string address)
    {
        var slots = await (await client.GetAsync($"/api/v1/stores/{storeId}/delivery-slots")).ShouldHaveStatus(HttpStatusCode.OK);
        using var place = new HttpRequestMessage(HttpMethod.Post, "/api/v1/orders")
        {
            Content = JsonContent.Create(new
            {
                storeId, fulfilment = "delivery", deliveryAddress = address, latitude = TestData.AngelLat + 0.001, longitude = TestData.AngelLng,
                slotStartUtc = slots[0].GetProperty("startUtc").GetDateTime(), lines = new[] { new { skuId, quantity = 1 } },
            }),
        };
        place.Headers.Add("Idempotency-Key", "delivery-" + Guid.NewGuid().ToString("N"));
        return await (await client.SendAsync(place)).ShouldHaveStatus(HttpStatusCode.Created);
    }

    /// <summary>Starts a payment and approves it on the sandbox's hosted page. Does NOT deliver the webhook.</summary>
    public static async Task<Guid> ApproveOnSandboxAsync(this PlazaFactory factory, HttpClient client, Guid orderId, bool approve = true)
    {
        var pay = new { kind = "order", billId = orderId };
        var started = await (await client.PostAsJsonAsync("/api/v1/payments", pay)).ShouldHaveStatus(HttpStatusCode.Created);
        var redirect = started.GetProperty("redirectUrl").GetString()!;
        redirect.ShouldStartWith("/sandbox/checkout/");
        using var browser = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var decided = await browser.PostAsync(redirect,
            new FormUrlEncodedContent(new Dictionary<string, string> { ["decision"] = approve ? "approve" : "decline" }));
        decided.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        decided.Headers.Location!.ToString().ShouldStartWith($"/orders/{orderId}/payment-return");
        return started.GetProperty("id").GetGuid();
    }

    /// <summary>Has the sandbox deliver what it owes the webhook now, instead of waiting for its timer.</summary>
    public static Task<int> DeliverWebhooksAsync(this PlazaFactory factory) =>
        factory.Services.GetRequiredService<SandboxWebhookSender>().DeliverDueAsync(CancellationToken.None);

    public static async Task PayAsync(this PlazaFactory factory, HttpClient client, Guid orderId)
    {
        await factory.ApproveOnSandboxAsync(client, orderId);
        await factory.DeliverWebhooksAsync();
    }

    public static async Task<Order> OrderAsync(this PlazaFactory factory, Guid orderId)
    {
        await using var scope = factory.Db();
        return await scope.Db.Set<Order>().AsNoTracking().Include(o => o.Lines).Include(o => o.History).SingleAsync(o => o.Id == orderId);
    }

    public static async Task<int> StockAsync(this PlazaFactory factory, Guid storeId, Guid skuId)
    {
        await using var scope = factory.Db();
        return await scope.Db.Set<Plaza.Web.Modules.Catalog.StoreOffer>().AsNoTracking()
            .Where(o => o.StoreId == storeId && o.SkuId == skuId).Select(o => o.Stock).SingleAsync();
    }

    /// <summary>
    /// Many signed-in shoppers at once, written straight to the database (registering hundreds through
    /// the API would spend the test's time hashing passwords, not buying).
    /// </summary>
    public static async Task<List<HttpClient>> ManyShoppersAsync(this PlazaFactory factory, int count)
    {
        var tokens = new List<string>();
        await using (var scope = factory.Db())
        {
            var now = factory.Clock.GetUtcNow().UtcDateTime;
            for (var i = 0; i < count; i++)
            {
                var account = Account.Register($"buyer-{Guid.NewGuid():N}@example.com", null, $"Buyer {i}", now);
                var (session, token) = Session.Start(account.Id, "bearer", now);
                scope.Db.AddRange(account, session);
                tokens.Add(token);
            }
            await scope.Db.SaveChangesAsync();
        }
        return tokens.Select(factory.WithToken).ToList();
    }
}
