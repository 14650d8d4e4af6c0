using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Plaza.IntegrationTests.Infrastructure;
using Plaza.IntegrationTests.Ordering;
using Plaza.Web.Modules.Ordering;
using Plaza.Web.Modules.Ordering.Contracts;
using Plaza.Web.Modules.Payments;
using Plaza.Web.Modules.Payments.Sandbox;

namespace Plaza.IntegrationTests.Payments;

public sealed class WebhookTests(PlazaFactory factory) : IClassFixture<PlazaFactory>
{
    private async Task<(Guid OrderId, Guid PaymentId, HttpClient Shopper)> ApprovedButNotDeliveredAsync()
    {
        var store = await factory.StoreAsync();
        var product = await factory.ProductAsync(store, await factory.CategoryAsync(), "Oat milk", "", new SkuSpec("OAT1L", 199, 20));
        var shopper = await factory.CreateShopperAsync();
        var order = await shopper.PlacePickupOrderAsync(store.Id, store.PickupPoints[0].Id, (product.Skus[0].Id, 2));
        var orderId = order.GetProperty("id").GetGuid();
        var paymentId = await factory.ApproveOnSandboxAsync(shopper, orderId);
        return (orderId, paymentId, shopper);
    }

    private async Task<string> PendingEventAsync(Guid paymentId)
    {
        await using var scope = factory.Db();
        var payment = await scope.Db.Set<Payment>().SingleAsync(p => p.Id == paymentId);
        var events = await scope.Db.Set<SandboxEvent>().Where(e => e.DeliveredAtUtc == null).ToListAsync();
        return events.Single(e => e.Payload.Contains(payment.ProviderReference!)).Payload;
    }

    private Task<HttpResponseMessage> PostEvent(string body, string signature)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/payments/webhooks/sandbox")
            { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.Add(WebhookSignature.Header, signature);
        return factory.Anonymous().SendAsync(request);
    }

    private long Now => factory.Clock.GetUtcNow().ToUnixTimeSeconds();

    [Fact]
    public async Task Approving_on_the_payment_page_alone_does_not_mark_the_order_paid()
    {
        var (orderId, _, shopper) = await ApprovedButNotDeliveredAsync();

        var order = await (await shopper.GetAsync($"/api/v1/orders/{orderId}")).ShouldHaveStatus(HttpStatusCode.OK);

        order.GetProperty("status").GetString().ShouldBe("awaiting_payment");
    }

    [Fact]
    public async Task A_correctly_signed_event_marks_the_order_paid()
    {
        var (orderId, paymentId, _) = await ApprovedButNotDeliveredAsync();
        var body = await PendingEventAsync(paymentId);

        var response = await PostEvent(body, WebhookSignature.Sign(factory.WebhookSecret, Now, body));

        await response.ShouldHaveStatus(HttpStatusCode.OK);
        var order = await factory.OrderAsync(orderId);
        order.Status.ShouldBe(OrderStatus.Paid);
        order.PaymentId.ShouldBe(paymentId);
    }

    [Fact]
    public async Task An_event_signed_with_the_wrong_secret_is_refused_and_changes_nothing()
    {
        var (orderId, paymentId, _) = await ApprovedButNotDeliveredAsync();
        var body = await PendingEventAsync(paymentId);

        var response = await PostEvent(body, WebhookSignature.Sign("not-the-secret", Now, body));

        await response.ShouldBeProblem(HttpStatusCode.BadRequest, "invalid_signature");
        (await factory.OrderAsync(orderId)).Status.ShouldBe(OrderStatus.AwaitingPayment);
    }

    [Fact]
    public async Task A_tampered_body_fails_verification()
    {
        var (orderId, paymentId, _) = await ApprovedButNotDeliveredAsync();
        var body = await PendingEventAsync(paymentId);
        var signature = WebhookSignature.Sign(factory.WebhookSecret, Now, body);
        var tampered = body.Replace("\"amountMinor\":398", "\"amountMinor\":1", StringComparison.Ordinal);
        tampered.ShouldNotBe(body);

        var response = await PostEvent(tampered, signature);

        await response.ShouldBeProblem(HttpStatusCode.BadRequest, "invalid_signature");
        (await factory.OrderAsync(orderId)).Status.ShouldBe(OrderStatus.AwaitingPayment);
    }

    [Fact]
    public async Task An_old_event_is_refused_even_with_a_valid_signature()
    {
        var (orderId, paymentId, _) = await ApprovedButNotDeliveredAsync();
        var body = await PendingEventAsync(paymentId);

        var response = await PostEvent(body, WebhookSignature.Sign(factory.WebhookSecret, Now - 3600, body));

        await response.ShouldBeProblem(HttpStatusCode.BadRequest, "stale_event");
        (await factory.OrderAsync(orderId)).Status.ShouldBe(OrderStatus.AwaitingPayment);
    }

    [Fact]
    public async Task A_replayed_event_is_acknowledged_but_applied_once()
    {
        var (orderId, paymentId, _) = await ApprovedButNotDeliveredAsync();
        var body = await PendingEventAsync(paymentId);

        var first = await (await PostEvent(body, WebhookSignature.Sign(factory.WebhookSecret, Now, body))).ShouldHaveStatus(HttpStatusCode.OK);
        factory.Clock.Advance(TimeSpan.FromSeconds(30));
        var replay = await (await PostEvent(body, WebhookSignature.Sign(factory.WebhookSecret, Now, body))).ShouldHaveStatus(HttpStatusCode.OK);

        first.GetProperty("duplicate").GetBoolean().ShouldBeFalse();
        replay.GetProperty("duplicate").GetBoolean().ShouldBeTrue();
        var order = await factory.OrderAsync(orderId);
        order.History.Count(h => h.To == OrderStatus.Paid).ShouldBe(1);
        await using var scope = factory.Db();
        var eventId = JsonDocument.Parse(body).RootElement.GetProperty("id").GetString();
        (await scope.Db.Set<WebhookReceipt>().CountAsync(r => r.EventId == eventId)).ShouldBe(1);
    }

    [Fact]
    public async Task Replays_of_one_event_arriving_together_are_applied_once_and_each_answered()
    {
        var (orderId, paymentId, _) = await ApprovedButNotDeliveredAsync();
        var body = await PendingEventAsync(paymentId);
        var signature = WebhookSignature.Sign(factory.WebhookSecret, Now, body);

        var answers = await Enumerable.Range(0, 5).RaceAsync(async _ =>
        {
            using var response = await PostEvent(body, signature);
            return (response.StatusCode, Body: await response.Content.ReadAsStringAsync());
        });

        answers.ShouldAllBe(a => a.StatusCode == HttpStatusCode.OK, string.Join("\n", answers.Select(a => $"{(int)a.StatusCode} {a.Body}")));
        answers.Count(a => JsonDocument.Parse(a.Body).RootElement.GetProperty("duplicate").GetBoolean()).ShouldBe(4);
        (await factory.OrderAsync(orderId)).History.Count(h => h.To == OrderStatus.Paid).ShouldBe(1);
        await using var scope = factory.Db();
        var eventId = JsonDocument.Parse(body).RootElement.GetProperty("id").GetString();
        (await scope.Db.Set<WebhookReceipt>().CountAsync(r => r.EventId == eventId)).ShouldBe(1);
    }

    [Fact]
    public async Task A_signed_event_without_a_type_is_refused_as_malformed()
    {
        var (orderId, paymentId, _) = await ApprovedButNotDeliveredAsync();
        var json = System.Text.Json.Nodes.JsonNode.Parse(await PendingEventAsync(paymentId))!.AsObject();
        json.Remove("type");
        var body = json.ToJsonString();

        var response = await PostEvent(body, WebhookSignature.Sign(factory.WebhookSecret, Now, body));

        await response.ShouldBeProblem(HttpStatusCode.BadRequest, "malformed_event");
        (await factory.OrderAsync(orderId)).Status.ShouldBe(OrderStatus.AwaitingPayment);
    }

    [Fact]
    public async Task A_payment_arriving_after_the_order_expired_is_refunded_automatically()
    {
        var (orderId, paymentId, _) = await ApprovedButNotDeliveredAsync();
        factory.Clock.Advance(TimeSpan.FromMinutes(16));
        await using (var scope = factory.Db()) await ExpireUnpaidOrders.SweepAsync(scope.Get<IServiceProvider>(), CancellationToken.None);

        await factory.DeliverWebhooksAsync();
        await factory.DeliverWebhooksAsync(); // the refund's own confirmation event

        (await factory.OrderAsync(orderId)).Status.ShouldBe(OrderStatus.Cancelled);
        await using var check = factory.Db();
        (await check.Db.Set<Payment>().SingleAsync(p => p.Id == paymentId)).Status.ShouldBe(PaymentStatus.Succeeded);
        var refund = await check.Db.Set<PaymentRefund>().SingleAsync(r => r.PaymentId == paymentId);
        refund.AmountMinor.ShouldBe(398);
        refund.Status.ShouldBe(RefundStatus.Succeeded);
    }

    [Fact]
    public async Task Declining_on_the_payment_page_leaves_the_order_waiting_for_another_try()
    {
        var store = await factory.StoreAsync();
        var product = await factory.ProductAsync(store, await factory.CategoryAsync(), "Honey", "", new SkuSpec("HNY", 650, 5));
        var shopper = await factory.CreateShopperAsync();
        var order = await shopper.PlacePickupOrderAsync(store.Id, store.PickupPoints[0].Id, (product.Skus[0].Id, 1));
        var orderId = order.GetProperty("id").GetGuid();

        var declined = await factory.ApproveOnSandboxAsync(shopper, orderId, approve: false);
        await factory.DeliverWebhooksAsync();
        var retried = await factory.ApproveOnSandboxAsync(shopper, orderId);
        await factory.DeliverWebhooksAsync();

        retried.ShouldNotBe(declined);
        (await factory.OrderAsync(orderId)).Status.ShouldBe(OrderStatus.Paid);
    }

    [Fact]
    public async Task Starting_a_payment_twice_with_one_idempotency_key_creates_one_payment()
    {
        var store = await factory.StoreAsync();
        var product = await factory.ProductAsync(store, await factory.CategoryAsync(), "Jam", "", new SkuSpec("JAM", 300, 5));
        var shopper = await factory.CreateShopperAsync();
        var order = await shopper.PlacePickupOrderAsync(store.Id, store.PickupPoints[0].Id, (product.Skus[0].Id, 1));
        var orderId = order.GetProperty("id").GetGuid();

        async Task<JsonElement> Start()
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/payments")
            {
                Content = JsonContent.Create(new { kind = "order", billId = orderId }),
            };
            request.Headers.Add("Idempotency-Key", "pay-1");
            return await (await shopper.SendAsync(request)).ShouldHaveStatus(HttpStatusCode.Created);
        }

        var a = await Start();
        var b = await Start();

        b.GetProperty("id").GetGuid().ShouldBe(a.GetProperty("id").GetGuid());
        await using var scope = factory.Db();
        (await scope.Db.Set<Payment>().CountAsync(p => p.Kind == "order" && p.PayableId == orderId)).ShouldBe(1);
    }
}
