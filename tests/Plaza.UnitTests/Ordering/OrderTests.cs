using Plaza.Web.Modules.Ordering;
using Plaza.Web.Modules.Ordering.Contracts;
using Plaza.Web.Platform.Errors;

namespace Plaza.UnitTests.Ordering;

public sealed class OrderTests
{
    private static readonly DateTime Now = OrderBuilder.Now;

    [Fact]
    public void A_new_order_totals_its_lines_and_waits_for_payment_with_a_six_digit_pickup_code()
    {
        var order = new OrderBuilder().Build();

        order.TotalMinor.ShouldBe(2 * 320 + 250);
        order.Status.ShouldBe(OrderStatus.AwaitingPayment);
        order.PayByUtc.ShouldBe(Now.AddMinutes(15));
        order.PickupCode.ShouldNotBeNull().ShouldMatch("^[0-9]{6}$");
        order.Number.ShouldMatch("^PZ-[A-Z2-9]{8}$");
        order.History.Single().To.ShouldBe(OrderStatus.AwaitingPayment);
    }

    [Fact]
    public void A_delivery_order_adds_the_delivery_fee()
    {
        var order = new OrderBuilder().ForDelivery(299).Build();

        order.TotalMinor.ShouldBe(890 + 299);
        order.PickupCode.ShouldBeNull();
    }

    [Fact]
    public void Payment_of_a_different_amount_is_refused()
    {
        var order = new OrderBuilder().Build();

        Should.Throw<DomainException>(() => order.MarkPaid(Guid.NewGuid(), order.TotalMinor - 1, "GBP", Now)).Code.ShouldBe("payment_amount_mismatch");
        Should.Throw<DomainException>(() => order.MarkPaid(Guid.NewGuid(), order.TotalMinor, "EUR", Now)).Code.ShouldBe("payment_amount_mismatch");
        order.Status.ShouldBe(OrderStatus.AwaitingPayment);
    }

    [Fact]
    public void The_same_payment_applied_twice_changes_nothing_the_second_time()
    {
        var order = new OrderBuilder().Build();
        var payment = Guid.NewGuid();

        order.MarkPaid(payment, order.TotalMinor, "GBP", Now).ShouldBeTrue();
        order.MarkPaid(payment, order.TotalMinor, "GBP", Now).ShouldBeTrue();

        order.History.Count(h => h.To == OrderStatus.Paid).ShouldBe(1);
    }

    [Fact]
    public void Payment_for_a_cancelled_order_is_reported_as_too_late()
    {
        var order = new OrderBuilder().Build();
        order.Cancel(null, ActorKind.System, Now.AddMinutes(16), "Not paid in time");

        order.MarkPaid(Guid.NewGuid(), order.TotalMinor, "GBP", Now.AddMinutes(17)).ShouldBeFalse();
        order.Status.ShouldBe(OrderStatus.Cancelled);
    }

    [Fact]
    public void An_order_is_overdue_only_once_the_payment_window_has_passed()
    {
        var order = new OrderBuilder().Build();

        order.IsOverdue(Now.AddMinutes(14)).ShouldBeFalse();
        order.IsOverdue(Now.AddMinutes(15)).ShouldBeTrue();
        new OrderBuilder().BuildPaid().IsOverdue(Now.AddHours(1)).ShouldBeFalse();
    }

    [Fact]
    public void Steps_must_come_in_order()
    {
        var order = new OrderBuilder().Build();

        Should.Throw<DomainException>(() => order.StartPreparing(OrderBuilder.Staff, Now)).Code.ShouldBe("invalid_order_transition");
        order.MarkPaid(Guid.NewGuid(), order.TotalMinor, "GBP", Now);
        Should.Throw<DomainException>(() => order.MarkReadyForPickup(OrderBuilder.Staff, Now)).Code.ShouldBe("invalid_order_transition");
        Should.Throw<DomainException>(() => order.SendOutForDelivery(OrderBuilder.Staff, Now)).Code.ShouldBe("not_a_delivery_order");
        order.StartPreparing(OrderBuilder.Staff, Now);
        Should.Throw<DomainException>(() => order.Cancel(OrderBuilder.Customer, ActorKind.Shopper, Now, null)).Code.ShouldBe("cannot_cancel");
    }

    [Fact]
    public void Hand_over_needs_the_right_pickup_code()
    {
        var order = new OrderBuilder().BuildPaid();
        order.StartPreparing(OrderBuilder.Staff, Now);
        order.MarkReadyForPickup(OrderBuilder.Staff, Now);
        var wrong = order.PickupCode == "123456" ? "654321" : "123456";

        Should.Throw<DomainException>(() => order.HandOver(OrderBuilder.Staff, wrong, Now)).Code.ShouldBe("wrong_pickup_code");
        Should.Throw<DomainException>(() => order.HandOver(OrderBuilder.Staff, null, Now)).Code.ShouldBe("wrong_pickup_code");
        order.HandOver(OrderBuilder.Staff, order.PickupCode, Now);

        order.Status.ShouldBe(OrderStatus.Completed);
        order.History[^1].ActorId.ShouldBe(OrderBuilder.Staff);
    }

    [Fact]
    public void Partial_refunds_add_up_and_never_exceed_what_was_paid()
    {
        var order = new OrderBuilder().ForDelivery(299).BuildPaid();
        var eggs = order.Lines[0];

        order.Refund([(eggs.Id, 1)], includeDeliveryFee: false, OrderBuilder.Staff, Now, "cracked").ShouldBe(320);
        order.PaymentState.ShouldBe(PaymentState.PartiallyRefunded);
        Should.Throw<DomainException>(() => order.Refund([(eggs.Id, 2)], false, OrderBuilder.Staff, Now, null)).Code.ShouldBe("refund_exceeds_quantity");
        order.Refund(order.RemainingLines(), includeDeliveryFee: true, OrderBuilder.Staff, Now, null).ShouldBe(320 + 250 + 299);

        order.RefundedMinor.ShouldBe(order.TotalMinor);
        order.PaymentState.ShouldBe(PaymentState.Refunded);
        Should.Throw<DomainException>(() => order.Refund([], includeDeliveryFee: true, OrderBuilder.Staff, Now, null)).Code.ShouldBe("nothing_to_refund");
    }

    [Fact]
    public void Refunding_every_item_before_hand_over_refunds_the_delivery_fee_and_cancels_the_order()
    {
        var order = new OrderBuilder().ForDelivery(299).BuildPaid();
        order.StartPreparing(OrderBuilder.Staff, Now);
        var eggs = order.Lines[0];

        order.Refund([(eggs.Id, 1)], includeDeliveryFee: false, OrderBuilder.Staff, Now, null).ShouldBe(320);
        order.ToHandOver(eggs).ShouldBe(1);
        order.Status.ShouldBe(OrderStatus.Preparing);
        order.Refund(order.RemainingLines(), includeDeliveryFee: false, OrderBuilder.Staff, Now, null).ShouldBe(320 + 250 + 299);

        order.Status.ShouldBe(OrderStatus.Cancelled);
        order.PaymentState.ShouldBe(PaymentState.Refunded);
        order.Lines.ShouldAllBe(l => order.ToHandOver(l) == 0);
        order.DomainEvents.OfType<OrderStatusChanged>().Last().To.ShouldBe(OrderStatus.Cancelled);
        Should.Throw<DomainException>(() => order.SendOutForDelivery(OrderBuilder.Staff, Now)).Code.ShouldBe("order_cancelled");
    }

    [Fact]
    public void A_full_refund_after_hand_over_leaves_the_order_completed()
    {
        var order = new OrderBuilder().BuildPaid();
        order.StartPreparing(OrderBuilder.Staff, Now);
        order.MarkReadyForPickup(OrderBuilder.Staff, Now);
        order.HandOver(OrderBuilder.Staff, order.PickupCode, Now);

        order.Refund(order.RemainingLines(), includeDeliveryFee: true, OrderBuilder.Staff, Now, "Returned").ShouldBe(order.TotalMinor);

        order.Status.ShouldBe(OrderStatus.Completed);
        order.HandedOver.ShouldBeTrue();
        order.PaymentState.ShouldBe(PaymentState.Refunded);
    }

    [Fact]
    public void An_unpaid_order_cannot_be_refunded()
    {
        var order = new OrderBuilder().Build();

        Should.Throw<DomainException>(() => order.Refund(order.RemainingLines(), true, OrderBuilder.Staff, Now, null)).Code.ShouldBe("not_paid");
    }

    [Fact]
    public void An_order_needs_items_with_positive_quantities()
    {
        Should.Throw<DomainException>(() => Order.PlaceForPickup(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), "GBP", [], Guid.NewGuid(), "x", Now,
            TimeSpan.FromMinutes(15)))
            .Code.ShouldBe("empty_order");
        Should.Throw<DomainException>(() => Order.PlaceForPickup(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), "GBP",
            [new Order.LineInput(Guid.NewGuid(), Guid.NewGuid(), "x", "y", 100, 0)], Guid.NewGuid(), "x", Now, TimeSpan.FromMinutes(15)))
                .Code.ShouldBe("invalid_quantity");
    }
}

public sealed class OrderPricingTests
{
    [Fact]
    public void A_discounted_line_refunds_unit_by_unit_and_in_full_gives_back_exactly_what_was_paid()
    {
        var sku = Guid.NewGuid();
        var order = Order.PlaceForPickup(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), "GBP",
            [new Order.LineInput(sku, Guid.NewGuid(), "Bread", "", 300, 3, ListUnitPriceMinor: 320, DiscountMinor: 100)],
            Guid.NewGuid(), "Counter", OrderBuilder.Now, TimeSpan.FromMinutes(15),
            new Order.Pricing([new PriceAdjustment(PriceStage.MemberPrice, "member-price", "Member price", sku, -60, null),
                               new PriceAdjustment(PriceStage.Coupon, "coupon", "Coupon", null, -100, null)], 0));
        order.MarkPaid(Guid.NewGuid(), 800, "GBP", OrderBuilder.Now);

        order.SubtotalMinor.ShouldBe(960);
        order.TotalMinor.ShouldBe(800);
        var line = order.Lines.Single().Id;
        order.Refund([(line, 1)], false, Guid.NewGuid(), OrderBuilder.Now, null).ShouldBe(266);
        order.Refund([(line, 2)], false, Guid.NewGuid(), OrderBuilder.Now, null).ShouldBe(534);
        order.PaymentState.ShouldBe(PaymentState.Refunded);
        order.DomainEvents.OfType<OrderRefunded>().Select(e => e.AmountMinor).ShouldBe([266L, 534L]);
    }

    [Fact]
    public void A_breakdown_that_does_not_add_up_is_refused()
    {
        Should.Throw<Plaza.Web.Platform.Errors.DomainException>(() => Order.PlaceForPickup(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), "GBP",
            [new Order.LineInput(Guid.NewGuid(), Guid.NewGuid(), "Bread", "", 300, 1, ListUnitPriceMinor: 320)],
            Guid.NewGuid(), "Counter", OrderBuilder.Now, TimeSpan.FromMinutes(15))).Code.ShouldBe("invalid_price");
    }
}
