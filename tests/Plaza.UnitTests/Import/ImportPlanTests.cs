using Plaza.Web.Modules.Import;

namespace Plaza.UnitTests.Import;

public sealed class ImportPlanTests
{
    private static long _line = 1;

    private static RawRetailRow Row(string invoice, string code, string description, int quantity, string date, string price, string customer = "17850.0") =>
        new(++_line, invoice, code, description, quantity.ToString(System.Globalization.CultureInfo.InvariantCulture), date, price, customer);

    [Fact]
    public void The_same_stock_code_twice_at_the_same_price_merges_into_one_line()
    {
        var plan = ImportPlan.Build([
            Row("536365", "71053", "WHITE METAL LANTERN", 6, "2010-12-01 08:26:00", "3.39"),
            Row("536365", "71053", "WHITE METAL LANTERN", 2, "2010-12-01 08:26:00", "3.39"),
        ]);

        var line = plan.Sales.ShouldHaveSingleItem().Lines.ShouldHaveSingleItem();
        line.Quantity.ShouldBe(8);
        line.Rows.ShouldBe(2);
        plan.Rejected.ShouldBeEmpty();
    }

    [Fact]
    public void The_same_stock_code_twice_at_another_price_keeps_the_first_and_rejects_the_other()
    {
        var plan = ImportPlan.Build([
            Row("536366", "22633", "HAND WARMER UNION JACK", 6, "2010-12-01 08:28:00", "1.85"),
            Row("536366", "22633", "HAND WARMER UNION JACK", 6, "2010-12-01 08:28:00", "1.95"),
        ]);

        var line = plan.Sales.ShouldHaveSingleItem().Lines.ShouldHaveSingleItem();
        line.UnitPriceMinor.ShouldBe(185);
        line.Quantity.ShouldBe(6);
        plan.Rejected[RejectReason.DuplicateLineAtDifferentPrice].ShouldBe(1);
    }

    [Fact]
    public void A_product_is_named_by_its_latest_description_and_priced_at_its_most_common_price()
    {
        var plan = ImportPlan.Build([
            Row("1", "85123A", "WHITE HANGING HEART", 1, "2010-12-01 08:00:00", "2.55"),
            Row("2", "85123A", "WHITE HANGING HEART T-LIGHT HOLDER", 1, "2010-12-02 08:00:00", "2.95"),
            Row("3", "85123A", "", 1, "2010-12-03 08:00:00", "2.55"),
            Row("4", "85123A", "", 1, "2010-12-04 08:00:00", "3.25"),
        ]);

        plan.Products["85123A"].ShouldBe(new PlannedProduct("85123A", "WHITE HANGING HEART T-LIGHT HOLDER", 255));
    }

    [Fact]
    public void Equally_common_prices_go_to_the_latest()
    {
        var plan = ImportPlan.Build([
            Row("1", "22633", "HAND WARMER", 1, "2010-12-01 08:00:00", "1.85"),
            Row("2", "22633", "HAND WARMER", 1, "2010-12-05 08:00:00", "2.10"),
            Row("3", "22633", "HAND WARMER", 1, "2010-12-03 08:00:00", "1.85"),
            Row("4", "22633", "HAND WARMER", 1, "2010-12-06 08:00:00", "2.10"),
        ]);

        plan.Products["22633"].PriceMinor.ShouldBe(210);
    }

    [Fact]
    public void A_product_seen_only_without_description_has_no_name()
    {
        var plan = ImportPlan.Build([Row("1", "99999X", "", 3, "2010-12-01 08:00:00", "1.00")]);

        plan.Products["99999X"].Name.ShouldBe("");
    }

    [Fact]
    public void Cancellations_are_kept_apart_from_sales_and_both_are_in_time_order()
    {
        var plan = ImportPlan.Build([
            Row("536370", "22633", "HAND WARMER", 1, "2010-12-01 10:00:00", "1.85"),
            Row("C536379", "22633", "HAND WARMER", -1, "2010-12-01 11:00:00", "1.85"),
            Row("536365", "22633", "HAND WARMER", 1, "2010-12-01 08:00:00", "1.85"),
            Row("C536378", "22633", "HAND WARMER", -1, "2010-12-01 09:00:00", "1.85", customer: "13047.0"),
        ]);

        plan.Sales.Select(i => i.InvoiceNo).ShouldBe(["536365", "536370"]);
        plan.Cancellations.Select(i => i.InvoiceNo).ShouldBe(["C536378", "C536379"]);
        plan.Cancellations[0].Lines.ShouldHaveSingleItem().Quantity.ShouldBe(1);
        plan.Cancellations[1].CancellationReference("22633").ShouldBe("OR-C536379:22633");
        plan.Sales[0].ExternalReference.ShouldBe("OR-536365");
        // Customers come from sales only: 13047 only cancelled.
        plan.CustomerKeys.ShouldBe(["17850"]);
        plan.Products.Keys.ShouldBe(["22633"]);
    }

    [Fact]
    public void Blank_customers_are_guests()
    {
        var plan = ImportPlan.Build([Row("536368", "85123A", "HEART", 4, "2010-12-01 09:00:00", "2.95", customer: "")]);

        plan.HasGuests.ShouldBeTrue();
        plan.CustomerKeys.ShouldBeEmpty();
        plan.Sales.ShouldHaveSingleItem().CustomerKey.ShouldBeNull();
    }

    [Fact]
    public void An_invoice_is_placed_at_its_earliest_row()
    {
        var plan = ImportPlan.Build([
            Row("536400", "22633", "HAND WARMER", 1, "2010-12-01 10:01:00", "1.85"),
            Row("536400", "71053", "LANTERN", 1, "2010-12-01 10:00:00", "3.39"),
        ]);

        plan.Sales.ShouldHaveSingleItem().PlacedAtUtc.ShouldBe(new DateTime(2010, 12, 1, 10, 0, 0, DateTimeKind.Utc));
    }

    [Fact]
    public void Every_row_read_is_counted_and_rejected_rows_by_reason()
    {
        var plan = ImportPlan.Build([
            Row("536365", "POST", "POSTAGE", 1, "2010-12-01 08:26:00", "18.00"),
            Row("536365", "85123A", "HEART", 0, "2010-12-01 08:26:00", "2.55"),
            Row("536365", "85123A", "HEART", 6, "2010-12-01 08:26:00", "2.55"),
            Row("536365", "71053", "LANTERN", 6, "2010-12-01 08:26:00", "3.39", customer: "13047.0"),
        ]);

        plan.RowsRead.ShouldBe(4);
        plan.Rejected[RejectReason.FeeOrAdjustmentCode].ShouldBe(1);
        plan.Rejected[RejectReason.ZeroQuantity].ShouldBe(1);
        plan.Rejected[RejectReason.CustomerDiffersWithinInvoice].ShouldBe(1);
        plan.Sales.ShouldHaveSingleItem().Lines.ShouldHaveSingleItem().Code.ShouldBe("85123A");
    }
}
