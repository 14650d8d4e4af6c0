using Microsoft.EntityFrameworkCore;
using Plaza.IntegrationTests.Infrastructure;
using Plaza.Web.Modules.Payments;
using Plaza.Web.Modules.Stores;

namespace Plaza.IntegrationTests.Data;

/// <summary>
/// 0020 and 0027 rebuild payments and payment_refunds on SQLite (and alter them on PostgreSQL): what was there stays, as
/// payments of kind "order" found by the order's id, and refunds of their payment with nothing left to send.
/// </summary>
public sealed class PaymentsMigrationTests
{
    private static readonly DateTime Now = new(2031, 1, 15, 10, 30, 0, DateTimeKind.Utc);

    [Fact]
    public async Task Payments_and_refunds_made_before_0020_survive_it_as_payments_of_their_order()
    {
        using var database = new TestDatabase();
        var migrator = database.NewMigrator();
        var merchant = Merchant.Create("Upper Street Traders", Now);
        var store = Store.Open(merchant.Id, "Angel Corner Shop", "1 Upper Street, London N1 0PQ", 51.5416, -0.1022, "GBP", Now);
        var order = (Id: Guid.NewGuid(), CustomerId: Guid.NewGuid());
        var paymentId = Guid.NewGuid();
        var refundId = Guid.NewGuid();
        await using (var db = database.NewContext())
        {
            await migrator.MigrateAsync(db, upToVersion: 19);
            db.AddRange(merchant, store);
            await db.SaveChangesAsync();
            // The rows as the code before 0020 wrote them (its columns only; the model's orders have columns added since).
            await db.Database.ExecuteSqlInterpolatedAsync($"""
                INSERT INTO orders (id, number, store_id, customer_id, placed_by_id, status, payment_state, fulfilment, currency, subtotal_minor,
                                    delivery_fee_minor, total_minor, refunded_minor, delivery_fee_refunded, placed_at_utc, pay_by_utc, version)
                VALUES ({order.Id}, {"PZ-MARMALAD"}, {store.Id}, {order.CustomerId}, {order.CustomerId}, {"Paid"}, {"Paid"}, {"Pickup"}, {"GBP"}, {900L},
                        {0L}, {900L}, {0L}, {false}, {Now}, {Now.AddMinutes(15)}, {1})
                """);
            await db.Database.ExecuteSqlInterpolatedAsync($"""
                INSERT INTO payments (id, order_id, account_id, provider, provider_reference, redirect_url, amount_minor, currency, status,
                    created_at_utc, completed_at_utc)
                VALUES ({paymentId}, {order.Id}, {order.CustomerId}, {"sandbox"}, {"sbx_1"}, {"/sandbox/checkout/sbx_1"}, {900L}, {"GBP"}, {"Succeeded"},
                    {Now}, {Now})
                """);
            await db.Database.ExecuteSqlInterpolatedAsync($"""
                INSERT INTO payment_refunds (id, payment_id, order_id, amount_minor, currency, reason, status, provider_reference, created_at_utc,
                    completed_at_utc)
                VALUES ({refundId}, {paymentId}, {order.Id}, {450L}, {"GBP"}, {"Damaged"}, {"Pending"}, {"sbx_r1"}, {Now}, {null})
                """);
        }

        await using (var db = database.NewContext())
            (await migrator.MigrateAsync(db)).ShouldBe(migrator.Scripts.Count(s => s.Version > 19));

        await using (var db = database.NewContext())
        {
            var payment = await db.Set<Payment>().SingleAsync();
            (payment.Id, payment.Kind, payment.PayableId, payment.AmountMinor, payment.Status, payment.ProviderReference)
                .ShouldBe((paymentId, "order", order.Id, 900L, PaymentStatus.Succeeded, "sbx_1"));
            var refund = await db.Set<PaymentRefund>().SingleAsync();
            (refund.Id, refund.PaymentId, refund.AmountMinor, refund.Reason, refund.ProviderReference)
                .ShouldBe((refundId, paymentId, 450L, "Damaged", "sbx_r1"));
            refund.SubmitAfterUtc.ShouldBeNull(); // it was sent when it was made: the sweep leaves it alone
        }
    }
}
