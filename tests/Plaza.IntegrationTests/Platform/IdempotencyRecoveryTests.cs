using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Plaza.IntegrationTests.Infrastructure;
using Plaza.IntegrationTests.Ordering;
using Plaza.Web.Modules.Ordering;
using Plaza.Web.Modules.Payments;
using Plaza.Web.Platform.Idempotency;

namespace Plaza.IntegrationTests.Platform;

/// <summary>
/// A request that died (a crash, kill -9) leaves its Idempotency-Key claimed and unfinished. A retry once the claim's lease
/// has lapsed runs again, and what must not double is keyed in the business transaction itself: the retry finds the
/// order, payment or refund the dead request committed, or makes it once if it never did.
/// </summary>
public sealed class IdempotencyRecoveryTests(PlazaFactory factory) : IClassFixture<PlazaFactory>
{
    /// <summary>Longer than a claim's lease: the request that held it is gone.</summary>
    private static readonly TimeSpan AfterTheLease = IdempotencyRecord.Lease + TimeSpan.FromSeconds(1);

    private sealed record Shelf(TestAccount Shopper, Guid Store, Guid PickupPoint, Guid Sku, string OrderBody);

    private async Task<Shelf> ShelfAsync()
    {
        var store = await factory.StoreAsync();
        var product = await factory.ProductAsync(store, await factory.CategoryAsync(), "Butter", "", new SkuSpec("BTR", 250, 10));
        var shopper = await factory.CreateAccountAsync();
        var body = JsonSerializer.Serialize(Shopping.PickupOrder(store.Id, store.PickupPoints[0].Id, (product.Skus[0].Id, 2)), JsonSerializerOptions.Web);
        return new Shelf(shopper, store.Id, store.PickupPoints[0].Id, product.Skus[0].Id, body);
    }

    private static Task<HttpResponseMessage> SendAsync(HttpClient client, string path, string body, string key)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.Add(IdempotencyMiddleware.Header, key);
        return client.SendAsync(request);
    }

    private DateTime Now => factory.Clock.GetUtcNow().UtcDateTime;

    private static Task<HttpResponseMessage> PlaceAsync(Shelf shelf, string key) => SendAsync(shelf.Shopper.Client, "/api/v1/orders", shelf.OrderBody, key);

    /// <summary>What a request that crashed after its commit leaves behind: its key claimed under a lease nobody renews, no response.</summary>
    private async Task CrashAfterCommitAsync(Guid accountId, string key)
    {
        await using var scope = factory.Db();
        var scopeName = accountId.ToString();
        var lease = Now + IdempotencyRecord.Lease;
        (await scope.Db.Set<IdempotencyRecord>().Where(r => r.Scope == scopeName && r.Key == key).ExecuteUpdateAsync(s => s
            .SetProperty(r => r.Completed, false).SetProperty(r => r.StatusCode, 0).SetProperty(r => r.Body, (string?)null)
            .SetProperty(r => r.ContentType, (string?)null).SetProperty(r => r.LeaseUntilUtc, lease))).ShouldBe(1);
    }

    /// <summary>What a request that crashed before its commit leaves behind: only its claim on the key, under a lease nobody renews.</summary>
    private async Task<Guid> CrashBeforeCommitAsync(Guid accountId, string key, string path, string body)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        sha.AppendData(Encoding.UTF8.GetBytes("POST " + path + "\n"));
        sha.AppendData(Encoding.UTF8.GetBytes(body));
        var claim = new IdempotencyRecord
        {
            Id = Guid.CreateVersion7(), Scope = accountId.ToString(), Key = key, RequestHash = Convert.ToHexString(sha.GetHashAndReset()),
            CreatedAtUtc = Now, LeaseUntilUtc = Now + IdempotencyRecord.Lease,
        };
        await using var scope = factory.Db();
        scope.Db.Add(claim);
        await scope.Db.SaveChangesAsync();
        return claim.Id;
    }

    private async Task<int> OrdersOfAsync(Guid customerId)
    {
        await using var scope = factory.Db();
        return await scope.Db.Set<Order>().CountAsync(o => o.CustomerId == customerId);
    }

    [Fact]
    public async Task A_retry_after_a_crash_that_committed_the_order_gets_that_order_and_no_second_one()
    {
        var shelf = await ShelfAsync();
        var placed = await (await PlaceAsync(shelf, "order-after-commit")).ShouldHaveStatus(HttpStatusCode.Created);
        await CrashAfterCommitAsync(shelf.Shopper.Id, "order-after-commit");
        factory.Clock.Advance(AfterTheLease);

        var retried = await (await PlaceAsync(shelf, "order-after-commit")).ShouldHaveStatus(HttpStatusCode.Created);
        var again = await PlaceAsync(shelf, "order-after-commit");

        retried.GetProperty("id").GetGuid().ShouldBe(placed.GetProperty("id").GetGuid());
        (await again.ShouldHaveStatus(HttpStatusCode.Created)).GetProperty("id").GetGuid().ShouldBe(placed.GetProperty("id").GetGuid());
        again.Headers.GetValues("Idempotent-Replayed").ShouldContain("true");
        (await OrdersOfAsync(shelf.Shopper.Id)).ShouldBe(1);
        (await factory.StockAsync(shelf.Store, shelf.Sku)).ShouldBe(8);
    }

    [Fact]
    public async Task A_retry_after_a_crash_before_the_commit_places_the_order_once()
    {
        var shelf = await ShelfAsync();
        await CrashBeforeCommitAsync(shelf.Shopper.Id, "order-before-commit", "/api/v1/orders", shelf.OrderBody);
        factory.Clock.Advance(AfterTheLease);

        var placed = await (await PlaceAsync(shelf, "order-before-commit")).ShouldHaveStatus(HttpStatusCode.Created);
        var replayed = await (await PlaceAsync(shelf, "order-before-commit")).ShouldHaveStatus(HttpStatusCode.Created);

        replayed.GetProperty("id").GetGuid().ShouldBe(placed.GetProperty("id").GetGuid());
        (await OrdersOfAsync(shelf.Shopper.Id)).ShouldBe(1);
        (await factory.StockAsync(shelf.Store, shelf.Sku)).ShouldBe(8);
    }

    [Fact]
    public async Task While_the_claim_is_still_held_a_retry_is_told_to_wait_and_once_it_lapses_the_retry_runs()
    {
        var shelf = await ShelfAsync();
        await CrashBeforeCommitAsync(shelf.Shopper.Id, "order-held", "/api/v1/orders", shelf.OrderBody);

        var early = await PlaceAsync(shelf, "order-held");
        factory.Clock.Advance(IdempotencyRecord.Lease);
        var late = await PlaceAsync(shelf, "order-held");

        await early.ShouldBeProblem(HttpStatusCode.Conflict, "idempotency_in_progress");
        early.Headers.RetryAfter!.Delta.ShouldBe(IdempotencyRecord.Lease);
        await late.ShouldHaveStatus(HttpStatusCode.Created);
        (await OrdersOfAsync(shelf.Shopper.Id)).ShouldBe(1);
    }

    [Fact]
    public async Task A_running_request_renews_its_claim_so_it_is_not_taken_over()
    {
        var shelf = await ShelfAsync();
        var id = await CrashBeforeCommitAsync(shelf.Shopper.Id, "order-renewed", "/api/v1/orders", shelf.OrderBody);
        var started = Now;

        await using (new ClaimLease(factory.Services.GetRequiredService<IServiceScopeFactory>(), factory.Clock, NullLogger.Instance, id, attempt: 1))
            factory.Clock.Advance(IdempotencyRecord.RenewEvery);
        factory.Clock.Advance(IdempotencyRecord.Lease - IdempotencyRecord.RenewEvery);
        var retry = await PlaceAsync(shelf, "order-renewed");

        await using var scope = factory.Db();
        var renewedUntil = started + IdempotencyRecord.RenewEvery + IdempotencyRecord.Lease;
        (await scope.Db.Set<IdempotencyRecord>().SingleAsync(r => r.Id == id)).LeaseUntilUtc.ShouldBe(renewedUntil);
        await retry.ShouldBeProblem(HttpStatusCode.Conflict, "idempotency_in_progress");
    }

    [Fact]
    public async Task A_retry_after_a_crash_that_committed_a_payment_gets_that_payment()
    {
        var shelf = await ShelfAsync();
        var order = await (await shelf.Shopper.Client.PostAsync("/api/v1/orders", new StringContent(shelf.OrderBody, Encoding.UTF8, "application/json")))
            .ShouldHaveStatus(HttpStatusCode.Created);
        var body = JsonSerializer.Serialize(new { kind = "order", billId = order.GetProperty("id").GetGuid() });
        var started = await (await SendAsync(shelf.Shopper.Client, "/api/v1/payments", body, "pay-after-commit")).ShouldHaveStatus(HttpStatusCode.Created);
        await CrashAfterCommitAsync(shelf.Shopper.Id, "pay-after-commit");
        factory.Clock.Advance(AfterTheLease);

        var retried = await (await SendAsync(shelf.Shopper.Client, "/api/v1/payments", body, "pay-after-commit")).ShouldHaveStatus(HttpStatusCode.Created);

        retried.GetProperty("id").GetGuid().ShouldBe(started.GetProperty("id").GetGuid());
        retried.GetProperty("redirectUrl").GetString().ShouldBe(started.GetProperty("redirectUrl").GetString());
        await using var scope = factory.Db();
        var orderId = order.GetProperty("id").GetGuid();
        (await scope.Db.Set<Payment>().CountAsync(p => p.PayableId == orderId)).ShouldBe(1);
    }

    [Fact]
    public async Task A_retry_after_a_crash_that_committed_a_refund_finds_that_refund_and_gives_no_more_money_back()
    {
        var shelf = await ShelfAsync();
        var order = await shelf.Shopper.Client.PlacePickupOrderAsync(shelf.Store, shelf.PickupPoint, (shelf.Sku, 2));
        var orderId = order.GetProperty("id").GetGuid();
        await factory.PayAsync(shelf.Shopper.Client, orderId);
        var staff = await factory.CreateStaffAccountAsync(shelf.Store);
        var lineId = order.GetProperty("lines")[0].GetProperty("id").GetGuid();
        var body = JsonSerializer.Serialize(new { lines = new[] { new { lineId, quantity = 1 } }, reason = "Dented" });
        await (await SendAsync(staff.Client, $"/api/v1/orders/{orderId}/refunds", body, "refund-after-commit")).ShouldHaveStatus(HttpStatusCode.OK);
        await CrashAfterCommitAsync(staff.Id, "refund-after-commit");
        factory.Clock.Advance(AfterTheLease);

        var retried = await (await SendAsync(staff.Client, $"/api/v1/orders/{orderId}/refunds", body, "refund-after-commit"))
            .ShouldHaveStatus(HttpStatusCode.OK);

        retried.GetProperty("refundedMinor").GetInt64().ShouldBe(250);
        (await factory.OrderAsync(orderId)).RefundedMinor.ShouldBe(250);
        await using var scope = factory.Db();
        (await scope.Db.Set<PaymentRefund>().CountAsync(r => scope.Db.Set<Payment>().Any(p => p.Id == r.PaymentId && p.PayableId == orderId))).ShouldBe(1);
    }
}
