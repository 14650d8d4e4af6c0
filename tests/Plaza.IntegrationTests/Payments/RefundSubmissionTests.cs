using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Plaza.IntegrationTests.Infrastructure;
using Plaza.IntegrationTests.Ordering;
using Plaza.Web.Modules.Ordering;
using Plaza.Web.Modules.Payments;
using Plaza.Web.Modules.Payments.Contracts;
using Plaza.Web.Modules.Payments.Sandbox;
using Plaza.Web.Platform.Data;

namespace Plaza.IntegrationTests.Payments;

/// <summary>
/// ADR 0016: a refund is recorded in the transaction that decides it and goes to the provider only after that commit;
/// a refund that a crash or an outage left unsent is sent by the sweep, once, however many nodes sweep.
/// </summary>
public sealed class RefundSubmissionTests(RefundSubmissionTests.Fixture fixture) : IClassFixture<RefundSubmissionTests.Fixture>
{
    /// <summary>The app with its payment provider watched: every refund call is written down with what the database looked like then.</summary>
    public sealed class Fixture : IAsyncDisposable
    {
        internal ProviderWatch Watch { get; } = new();

        internal PlazaFactory Factory { get; }

        public Fixture() => Factory = new(null, s => s.AddScoped<IPaymentProvider>(sp => new WatchedProvider(
            sp.GetRequiredService<SandboxProvider>(), sp.GetRequiredService<PlazaDb>(), sp.GetRequiredService<IServiceScopeFactory>(), Watch)));

        public ValueTask DisposeAsync() => Factory.DisposeAsync();
    }

    internal sealed record RefundCall(Guid RefundId, bool InTransaction, bool RefundCommitted);

    internal sealed class ProviderWatch
    {
        public ConcurrentQueue<RefundCall> Calls { get; } = new();
        /// <summary>The provider cannot be reached: nothing happens there.</summary>
        public bool Down { get; set; }
        /// <summary>The provider refunds, but its answer never arrives (the connection drops, or the node dies).</summary>
        public bool LosesAnswers { get; set; }
    }

    private sealed class WatchedProvider(SandboxProvider sandbox, PlazaDb db, IServiceScopeFactory scopes, ProviderWatch watch) : IPaymentProvider
    {
        public string Name => sandbox.Name;

        public Task<ProviderCheckout> CreateCheckout(CheckoutRequest request, CancellationToken ct) => sandbox.CreateCheckout(request, ct);

        public async Task<string> Refund(string paymentReference, Guid refundId, long amountMinor, string currency, CancellationToken ct)
        {
            // Seen from another connection, the refund exists only once the transaction that recorded it has committed.
            await using (var other = scopes.CreateAsyncScope())
            {
                var committed = await other.ServiceProvider.GetRequiredService<PlazaDb>().Set<PaymentRefund>().AnyAsync(r => r.Id == refundId, ct);
                watch.Calls.Enqueue(new RefundCall(refundId, db.Database.CurrentTransaction is not null, committed));
            }
            if (watch.Down) throw new HttpRequestException("The provider cannot be reached.");
            var reference = await sandbox.Refund(paymentReference, refundId, amountMinor, currency, ct);
            if (watch.LosesAnswers) throw new HttpRequestException("The connection dropped before the provider's answer arrived.");
            return reference;
        }
    }

    private PlazaFactory Factory => fixture.Factory;

    private async Task<(Guid OrderId, HttpClient Shopper, HttpClient Staff)> PaidOrderAsync()
    {
        var store = await Factory.StoreAsync();
        var product = await Factory.ProductAsync(store, await Factory.CategoryAsync(), "Sourdough", "", new SkuSpec("LOAF", 450, 10));
        var shopper = await Factory.CreateShopperAsync();
        var staff = await Factory.CreateStaffAsync(store.Id);
        var order = await shopper.PlacePickupOrderAsync(store.Id, store.PickupPoints[0].Id, (product.Skus[0].Id, 2));
        var id = order.GetProperty("id").GetGuid();
        await Factory.PayAsync(shopper, id);
        return (id, shopper, staff);
    }

    private async Task<List<PaymentRefund>> RefundsOfAsync(Guid orderId)
    {
        await using var scope = Factory.Db();
        return await scope.Db.Set<PaymentRefund>().AsNoTracking()
            .Where(r => scope.Db.Set<Payment>().Any(p => p.Id == r.PaymentId && p.Kind == "order" && p.PayableId == orderId)).ToListAsync();
    }

    private List<RefundCall> CallsFor(Guid refundId) => fixture.Watch.Calls.Where(c => c.RefundId == refundId).ToList();

    /// <summary>What the provider did: how many refund events the sandbox holds for this refund.</summary>
    private async Task<int> ProviderRefundsAsync(Guid refundId)
    {
        await using var scope = Factory.Db();
        return await scope.Db.Set<SandboxEvent>().CountAsync(e => e.Type == "refund.succeeded" && e.Payload.Contains(refundId.ToString()));
    }

    private async Task<int> SweepAsync()
    {
        await using var scope = Factory.Db();
        return await SubmitRefunds.SweepAsync(scope.Get<IServiceProvider>(), CancellationToken.None);
    }

    private void ShouldBeCalledOnceAfterTheCommit(PaymentRefund refund)
    {
        var call = CallsFor(refund.Id).ShouldHaveSingleItem();
        call.InTransaction.ShouldBeFalse("the provider was called inside a database transaction");
        call.RefundCommitted.ShouldBeTrue("the provider was called before the refund was committed");
    }

    [Fact]
    public async Task A_staff_refund_reaches_the_provider_after_its_transaction_commits()
    {
        var (orderId, _, staff) = await PaidOrderAsync();
        var order = await Factory.OrderAsync(orderId);

        await (await staff.PostAsJsonAsync($"/api/v1/orders/{orderId}/refunds", new { lines = new[] { new { lineId = order.Lines[0].Id, quantity = 1 } } }))
            .ShouldHaveStatus(HttpStatusCode.OK);
        await Factory.DeliverWebhooksAsync();

        var refund = (await RefundsOfAsync(orderId)).ShouldHaveSingleItem();
        ShouldBeCalledOnceAfterTheCommit(refund);
        (refund.AmountMinor, refund.Status, refund.SubmitAfterUtc).ShouldBe((450L, RefundStatus.Succeeded, (DateTime?)null));
    }

    [Fact]
    public async Task Cancelling_a_paid_order_reaches_the_provider_after_its_transaction_commits()
    {
        var (orderId, shopper, _) = await PaidOrderAsync();

        await (await shopper.PostAsync($"/api/v1/orders/{orderId}/cancel", null)).ShouldHaveStatus(HttpStatusCode.OK);
        await Factory.DeliverWebhooksAsync();

        var refund = (await RefundsOfAsync(orderId)).ShouldHaveSingleItem();
        ShouldBeCalledOnceAfterTheCommit(refund);
        (refund.AmountMinor, refund.Status).ShouldBe((900L, RefundStatus.Succeeded));
    }

    [Fact]
    public async Task Money_that_arrives_too_late_goes_back_after_the_webhook_commits()
    {
        var store = await Factory.StoreAsync();
        var product = await Factory.ProductAsync(store, await Factory.CategoryAsync(), "Rye", "", new SkuSpec("RYE", 380, 10));
        var shopper = await Factory.CreateShopperAsync();
        var placed = await shopper.PlacePickupOrderAsync(store.Id, store.PickupPoints[0].Id, (product.Skus[0].Id, 1));
        var orderId = placed.GetProperty("id").GetGuid();
        await Factory.ApproveOnSandboxAsync(shopper, orderId);
        Factory.Clock.Advance(TimeSpan.FromMinutes(16));
        await using (var scope = Factory.Db()) await ExpireUnpaidOrders.SweepAsync(scope.Get<IServiceProvider>(), CancellationToken.None);

        await Factory.DeliverWebhooksAsync(); // payment.succeeded, too late
        await Factory.DeliverWebhooksAsync(); // the refund's confirmation

        var refund = (await RefundsOfAsync(orderId)).ShouldHaveSingleItem();
        ShouldBeCalledOnceAfterTheCommit(refund);
        (refund.AmountMinor, refund.Status).ShouldBe((380L, RefundStatus.Succeeded));
    }

    [Fact]
    public async Task A_refund_left_unsent_by_a_crash_after_the_commit_is_sent_by_the_sweep_exactly_once()
    {
        var (orderId, _, _) = await PaidOrderAsync();
        await using (var scope = Factory.Db())
        {
            // The refund is recorded and committed; then the node dies before it calls the provider.
            await scope.Get<IRefundGateway>().RequestRefund("order", orderId, 300, "GBP", "Crashed right after the commit", null, CancellationToken.None);
            await scope.Db.SaveChangesAsync();
        }
        var refund = (await RefundsOfAsync(orderId)).ShouldHaveSingleItem();

        var tooEarly = await SweepAsync(); // the request that recorded it may still be sending it
        Factory.Clock.Advance(PaymentRefund.SubmitLease + TimeSpan.FromSeconds(1));
        var sent = await new[] { 1, 2 }.RaceAsync(_ => SweepAsync()); // two nodes sweep at once
        var again = await SweepAsync();
        await Factory.DeliverWebhooksAsync();

        (tooEarly, sent.Sum(), again).ShouldBe((0, 1, 0));
        ShouldBeCalledOnceAfterTheCommit(refund);
        (await ProviderRefundsAsync(refund.Id)).ShouldBe(1);
        var after = (await RefundsOfAsync(orderId)).ShouldHaveSingleItem();
        (after.Status, after.ProviderReference is not null, after.SubmitAfterUtc, after.SubmitAttempts)
            .ShouldBe((RefundStatus.Succeeded, true, (DateTime?)null, 1));
    }

    [Fact]
    public async Task A_refund_whose_answer_was_lost_is_asked_again_and_the_provider_refunds_once()
    {
        var (orderId, _, staff) = await PaidOrderAsync();
        var order = await Factory.OrderAsync(orderId);
        fixture.Watch.LosesAnswers = true;
        try
        {
            await (await staff.PostAsJsonAsync($"/api/v1/orders/{orderId}/refunds", new { lines = new[] { new { lineId = order.Lines[0].Id, quantity = 1 } } }))
                .ShouldHaveStatus(HttpStatusCode.OK);
        }
        finally
        {
            fixture.Watch.LosesAnswers = false;
        }
        var unanswered = (await RefundsOfAsync(orderId)).ShouldHaveSingleItem();
        (unanswered.ProviderReference, unanswered.SubmitAfterUtc is not null, unanswered.LastError is not null).ShouldBe((null, true, true));

        Factory.Clock.Advance(PaymentRefund.SubmitLease + TimeSpan.FromSeconds(1));
        (await SweepAsync()).ShouldBe(1);
        await Factory.DeliverWebhooksAsync();

        CallsFor(unanswered.Id).Count.ShouldBe(2);
        (await ProviderRefundsAsync(unanswered.Id)).ShouldBe(1);
        var after = (await RefundsOfAsync(orderId)).ShouldHaveSingleItem();
        (after.Status, after.ProviderReference, after.LastError).ShouldBe((RefundStatus.Succeeded, $"re_{after.Id:N}", (string?)null));
        (await Factory.OrderAsync(orderId)).RefundedMinor.ShouldBe(450);
    }

    [Fact]
    public async Task An_unreachable_provider_does_not_undo_a_cancellation_and_the_sweep_sends_its_refund_later()
    {
        var (orderId, shopper, _) = await PaidOrderAsync();
        fixture.Watch.Down = true;
        try
        {
            var cancelled = await (await shopper.PostAsync($"/api/v1/orders/{orderId}/cancel", null)).ShouldHaveStatus(HttpStatusCode.OK);
            (cancelled.GetProperty("status").GetString(), cancelled.GetProperty("paymentState").GetString()).ShouldBe(("cancelled", "refunded"));
            (await SweepAsync()).ShouldBe(0); // its claim has not run out yet
        }
        finally
        {
            fixture.Watch.Down = false;
        }
        var unsent = (await RefundsOfAsync(orderId)).ShouldHaveSingleItem();
        (await ProviderRefundsAsync(unsent.Id)).ShouldBe(0);

        Factory.Clock.Advance(PaymentRefund.SubmitLease + TimeSpan.FromSeconds(1));
        (await SweepAsync()).ShouldBe(1);
        await Factory.DeliverWebhooksAsync();

        (await ProviderRefundsAsync(unsent.Id)).ShouldBe(1);
        (await RefundsOfAsync(orderId)).ShouldHaveSingleItem().Status.ShouldBe(RefundStatus.Succeeded);
    }

    [Fact]
    public async Task Sending_a_refund_from_inside_a_transaction_is_refused()
    {
        await using var scope = Factory.Db();
        await using var tx = await scope.Db.Database.BeginTransactionAsync();

        await Should.ThrowAsync<InvalidOperationException>(() => scope.Get<RefundSubmitter>().Submit(Guid.NewGuid(), 0, CancellationToken.None));
    }
}
