using Plaza.Web.Modules.Support;

namespace Plaza.UnitTests.Support;

/// <summary>Saved replies' variables: which names are known, and filling a text without losing what has no value.</summary>
public sealed class CannedReplyTests
{
    [Fact]
    public void Filling_replaces_every_known_variable_that_has_a_value_and_keeps_and_lists_the_others_once()
    {
        var filled = CannedReply.Fill("Hi {customer_name}: {order_number} ({order_number}), code {pickup_code}, {store_name}. {price} {}",
            new Dictionary<string, string?>
            {
                [CannedReply.CustomerName] = "Ana", [CannedReply.OrderNumber] = null, [CannedReply.PickupCode] = " ", [CannedReply.StoreName] = "Corner",
            });

        filled.Text.ShouldBe("Hi Ana: {order_number} ({order_number}), code {pickup_code}, Corner. {price} {}");
        filled.Missing.ShouldBe(["order_number", "pickup_code"]);
    }

    [Fact]
    public void Unknown_variables_are_the_braced_names_that_are_not_ours_each_once()
    {
        CannedReply.UnknownVariables("{customer_name} {Customer_Name} {order_no} {order_no} { spaced } {}").ShouldBe(["Customer_Name", "order_no"]);
        CannedReply.UnknownVariables("Thanks {customer_name}, see you at {store_name}").ShouldBeEmpty();
        CannedReply.UnknownVariables(null).ShouldBeEmpty();
    }
}
