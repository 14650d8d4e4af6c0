using System.Globalization;
using Plaza.Web.Modules.Import;

namespace Plaza.UnitTests.Import;

public sealed class RetailRowParserTests
{
    private static RawRetailRow Raw(string invoice = "536365", string code = "85123A", string description = "WHITE HANGING HEART T-LIGHT HOLDER",
        string quantity = "6", string date = "2010-12-01 08:26:00", string price = "2.55", string customer = "17850.0") =>
        new(2, invoice, code, description, quantity, date, price, customer);

    [Theory]
    [InlineData("2.55", 255)]
    [InlineData("3.39", 339)]
    [InlineData("18", 1800)]
    [InlineData("0.001", 0)]
    [InlineData("0.005", 1)]
    [InlineData("1.245", 125)]
    [InlineData("-0.005", -1)]
    [InlineData("-11062.06", -1106206)]
    [InlineData(" 4.25 ", 425)]
    public void Prices_in_pounds_become_pence_rounded_half_away_from_zero(string text, long pence) =>
        RetailRowParser.ParsePriceMinor(text).ShouldBe(pence);

    [Theory]
    [InlineData("")]
    [InlineData("abc")]
    [InlineData("1,5")]
    [InlineData("1e3")]
    [InlineData("999999999999")]
    public void Unparseable_prices_are_null(string text) => RetailRowParser.ParsePriceMinor(text).ShouldBeNull();

    [Fact]
    public void Numbers_are_read_the_same_whatever_the_machine_culture()
    {
        var culture = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = new CultureInfo("de-DE"); // decimal comma
            RetailRowParser.ParsePriceMinor("2.55").ShouldBe(255);
            RetailRowParser.TryParseCustomer("17850.0", out var customer).ShouldBeTrue();
            customer.ShouldBe("17850");
        }
        finally
        {
            CultureInfo.CurrentCulture = culture;
        }
    }

    [Theory]
    [InlineData("2010-12-01 08:26:00")]
    [InlineData("12/1/2010 8:26")]
    [InlineData("12/01/2010 08:26")]
    public void Invoice_dates_are_read_in_both_formats_as_utc(string text)
    {
        var date = RetailRowParser.ParseDate(text);
        date.ShouldBe(new DateTime(2010, 12, 1, 8, 26, 0, DateTimeKind.Utc));
        date!.Value.Kind.ShouldBe(DateTimeKind.Utc);
    }

    [Theory]
    [InlineData("")]
    [InlineData("2010-13-01 08:26:00")]
    [InlineData("yesterday")]
    public void Bad_dates_are_null(string text) => RetailRowParser.ParseDate(text).ShouldBeNull();

    [Theory]
    [InlineData("17850.0", "17850")]
    [InlineData("17850", "17850")]
    [InlineData("", null)]
    [InlineData("  ", null)]
    public void Customer_ids_lose_their_float_suffix_and_blank_is_a_guest(string text, string? expected)
    {
        RetailRowParser.TryParseCustomer(text, out var customer).ShouldBeTrue();
        customer.ShouldBe(expected);
    }

    [Theory]
    [InlineData("17850.5")]
    [InlineData("-3")]
    [InlineData("ABC")]
    public void Odd_customer_ids_are_refused(string text) => RetailRowParser.TryParseCustomer(text, out _).ShouldBeFalse();

    [Fact]
    public void Stock_codes_are_trimmed_and_upper_cased() => RetailRowParser.NormalizeStockCode(" 85123a ").ShouldBe("85123A");

    [Theory]
    [InlineData("POST")]
    [InlineData("DOT")]
    [InlineData("C2")]
    [InlineData("M")]
    [InlineData("m")]
    [InlineData("D")]
    [InlineData("S")]
    [InlineData("B")]
    [InlineData("BANK CHARGES")]
    [InlineData("AMAZONFEE")]
    [InlineData("CRUK")]
    [InlineData("PADS")]
    [InlineData("gift_0001_20")]
    public void Fees_and_adjustments_are_not_products(string code)
    {
        RetailRowParser.TryParse(Raw(code: code), out _, out var reason).ShouldBeFalse();
        reason.ShouldBe(RejectReason.FeeOrAdjustmentCode);
    }

    [Theory]
    [InlineData("DCGS0003")]
    [InlineData("DCGSSBOY")]
    [InlineData("85123A")]
    public void Goods_sold_through_other_channels_are_products(string code) =>
        RetailRowParser.TryParse(Raw(code: code), out _, out _).ShouldBeTrue();

    [Theory]
    [InlineData("", "85123A", "6", "2010-12-01 08:26:00", "2.55", "17850.0", nameof(RejectReason.MissingInvoiceNo))]
    [InlineData("536365", " ", "6", "2010-12-01 08:26:00", "2.55", "17850.0", nameof(RejectReason.MissingStockCode))]
    [InlineData("536365", "85123A", "six", "2010-12-01 08:26:00", "2.55", "17850.0", nameof(RejectReason.InvalidQuantity))]
    [InlineData("536365", "85123A", "", "2010-12-01 08:26:00", "2.55", "17850.0", nameof(RejectReason.InvalidQuantity))]
    [InlineData("536365", "85123A", "0", "2010-12-01 08:26:00", "2.55", "17850.0", nameof(RejectReason.ZeroQuantity))]
    [InlineData("536365", "85123A", "-6", "2010-12-01 08:26:00", "0.0", "", nameof(RejectReason.NegativeQuantityOnSale))]
    [InlineData("C536379", "85123A", "6", "2010-12-01 08:26:00", "2.55", "17850.0", nameof(RejectReason.PositiveQuantityOnCancellation))]
    [InlineData("536365", "85123A", "6", "2010-12-01 08:26:00", "n/a", "17850.0", nameof(RejectReason.InvalidPrice))]
    [InlineData("536365", "85123A", "6", "2010-12-01 08:26:00", "0.0", "17850.0", nameof(RejectReason.NonPositivePrice))]
    [InlineData("536365", "85123A", "6", "2010-12-01 08:26:00", "0.004", "17850.0", nameof(RejectReason.NonPositivePrice))]
    [InlineData("536365", "85123A", "6", "01.12.2010", "2.55", "17850.0", nameof(RejectReason.InvalidDate))]
    [InlineData("536365", "85123A", "6", "2010-12-01 08:26:00", "2.55", "x17850", nameof(RejectReason.InvalidCustomerId))]
    public void A_row_is_rejected_with_its_reason(string invoice, string code, string quantity, string date, string price, string customer, string expected)
    {
        RetailRowParser.TryParse(Raw(invoice, code, "A THING", quantity, date, price, customer), out _, out var reason).ShouldBeFalse();
        reason.ToString().ShouldBe(expected);
    }

    [Fact]
    public void A_good_sale_row_is_parsed()
    {
        RetailRowParser.TryParse(Raw(code: "85123a", description: "  WHITE HEART  "), out var row, out _).ShouldBeTrue();
        row.ShouldBe(new RetailRow(2, "536365", "85123A", "WHITE HEART", 6, new DateTime(2010, 12, 1, 8, 26, 0, DateTimeKind.Utc), 255, "17850"));
        row.IsCancellation.ShouldBeFalse();
    }

    [Fact]
    public void A_cancellation_row_keeps_its_negative_quantity()
    {
        RetailRowParser.TryParse(Raw(invoice: "C536379", quantity: "-2"), out var row, out _).ShouldBeTrue();
        row.IsCancellation.ShouldBeTrue();
        row.Quantity.ShouldBe(-2);
    }
}
