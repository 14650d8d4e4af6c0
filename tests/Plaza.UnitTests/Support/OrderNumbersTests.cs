using Plaza.Web.Modules.Support.Assistant;

namespace Plaza.UnitTests.Support;

public sealed class OrderNumbersTests
{
    [Theory]
    [InlineData("where is PZ-7KQ3MX2A", "PZ-7KQ3MX2A")]
    [InlineData("status of pz-7kq3mx2a please", "PZ-7KQ3MX2A")]
    [InlineData("order #PZ7KQ3MX2A hasn't come", "PZ-7KQ3MX2A")]
    [InlineData("is order 7KQ3MX2A on its way", "PZ-7KQ3MX2A")]
    [InlineData("¿dónde está el pedido nº 7KQ3MX2A?", "PZ-7KQ3MX2A")]
    [InlineData("订单号：7KQ3MX2A到哪了", "PZ-7KQ3MX2A")]
    [InlineData("我的订单PZ-7KQ3MX2A到哪了", "PZ-7KQ3MX2A")]
    [InlineData("ＰＺ－７ＫＱ３ＭＸ２Ａ还没到", "PZ-7KQ3MX2A")]
    public void A_Plaza_order_number_is_found_however_it_is_typed(string text, string expected)
    {
        OrderNumbers.Find(text).ShouldBe(expected);
    }

    [Theory]
    [InlineData("where is order #1234")]            // not a Plaza number: the assistant asks for the one the app shows
    [InlineData("my pickup code 482913 doesn't work")]
    [InlineData("order packages together")]        // eight letters of the alphabet after "order", but no digit
    [InlineData("PZ-7KQ3MX2O")]                     // O is not in the alphabet (nor 0, 1, I)
    [InlineData("PZ-7KQ3MX2AB")]                    // nine characters
    [InlineData("")]
    public void Anything_else_is_not_taken_for_an_order_number(string text)
    {
        OrderNumbers.Find(text).ShouldBeNull();
    }

    [Fact]
    public void The_recogniser_passes_the_number_on_with_the_intent()
    {
        var recognition = new IntentRecogniser().Recognise("hi, has PZ-H4TR9WNB shipped yet?");

        recognition.Intent.ShouldBe(SupportIntent.OrderStatus);
        recognition.OrderNumber.ShouldBe("PZ-H4TR9WNB");
    }
}
