using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Plaza.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Plaza.BrowserTests.BackOffice;

/// <summary>The store's side: staff at the counter on a laptop, the shopper on their phone.</summary>
[Collection(BrowserCollection.Name)]
public sealed class StaffOrderTests(BrowserFixture app)
{
    [Fact]
    public Task Staff_mark_the_order_ready_and_hand_it_over_with_the_pickup_code() => app.RunSceneAsync(async scene =>
    {
        // A shopper of their own has paid for a pickup order and has the code on their phone.
        using var shopperApi = await PlazaApi.RegisterAsync(app.BaseUrl);
        var shopper = await scene.OpenAsync(Screen.Phone, "shopper");
        await shopper.SignInAsync(shopperApi.Login);
        var order = await shopper.PaidPickupOrderAsync(shopperApi);
        var orderId = order.GetProperty("id").GetGuid();
        var number = order.GetProperty("number").GetString()!;
        await shopper.GotoAsync($"/orders/{orderId}");
        var code = (await shopper.GetByTestId("pickup-code").InnerTextAsync()).Trim();
        code.ShouldMatch(@"^\d{6}$");

        // Staff open the store's back office.
        var staff = await scene.OpenAsync(Screen.Laptop, "staff");
        await staff.SignInAsync("staff@plaza.test");
        await staff.Navigation().GetByRole(AriaRole.Link, new() { Name = "Staff", Exact = true }).ClickAsync();
        await staff.MainContent().GetByRole(AriaRole.Link, new() { Name = Storefront.Islington, Exact = true }).ClickAsync();
        await Expect(staff.GetByRole(AriaRole.Heading, new() { Level = 1, Name = $"Orders at {Storefront.Islington}" })).ToBeVisibleAsync();

        var row = staff.GetByRole(AriaRole.Row).Filter(new() { Has = staff.GetByRole(AriaRole.Link, new() { Name = number, Exact = true }) });
        await Expect(row).ToContainTextAsync("Paid");
        await row.GetByRole(AriaRole.Button, new() { Name = "Start preparing" }).ClickAsync();
        await Expect(row).ToContainTextAsync("Being prepared");
        await row.GetByRole(AriaRole.Button, new() { Name = "Ready for pickup" }).ClickAsync();
        await Expect(row).ToContainTextAsync("Ready to collect");

        // The shopper's phone says so too.
        await shopper.ReloadAsync();
        await Expect(shopper.GetByTestId("order-status")).ToHaveTextAsync(new Regex("Ready to collect"));

        // At the pickup point: the shopper shows the code, staff check it and hand the order over.
        var verify = staff.GetByRole(AriaRole.Region, new() { Name = "Verify pickup code" });
        await verify.GetByLabel("Pickup code the customer shows you").FillAsync(code);
        await verify.GetByRole(AriaRole.Button, new() { Name = "Check code" }).ClickAsync();
        await Expect(staff.GetByText($"Code {code} matches order {number}.")).ToBeVisibleAsync();
        await staff.GetByRole(AriaRole.Button, new() { Name = "Hand over" }).ClickAsync();
        await Expect(staff.GetByText($"Order {number} is handed over.")).ToBeVisibleAsync();
        await Expect(staff.GetByRole(AriaRole.Link, new() { Name = number, Exact = true })).ToHaveCountAsync(0);

        await shopper.ReloadAsync();
        await Expect(shopper.GetByTestId("order-status")).ToHaveAttributeAsync("data-status", "completed");
        await Expect(shopper.GetByTestId("order-status")).ToHaveTextAsync(new Regex("Collected"));
        var completed = await shopperApi.OrderAsync(orderId);
        completed.GetProperty("status").GetString().ShouldBe("completed");
    });

    [Fact]
    public Task A_wrong_pickup_code_finds_no_order_to_hand_over() => app.RunAsync(Screen.Laptop, async staff =>
    {
        await staff.SignInAsync("staff@plaza.test");
        await staff.Navigation().GetByRole(AriaRole.Link, new() { Name = "Staff", Exact = true }).ClickAsync();
        await staff.MainContent().GetByRole(AriaRole.Link, new() { Name = Storefront.Islington, Exact = true }).ClickAsync();

        var verify = staff.GetByRole(AriaRole.Region, new() { Name = "Verify pickup code" });
        await verify.GetByLabel("Pickup code the customer shows you").FillAsync("000000");
        await verify.GetByRole(AriaRole.Button, new() { Name = "Check code" }).ClickAsync();

        await Expect(staff.GetByRole(AriaRole.Alert)).ToContainTextAsync("No order is ready for pickup with code 000000.");
        await Expect(staff.GetByRole(AriaRole.Button, new() { Name = "Hand over" })).ToHaveCountAsync(0);
    });

    [Fact]
    public Task Staff_order_for_a_walk_in_customer_for_home_delivery() => app.RunSceneAsync(async scene =>
    {
        const string customer = "+447700900123"; // Margaret Ellis, who has no smartphone with her
        var staff = await scene.OpenAsync(Screen.Laptop, "staff");
        await staff.SignInAsync("staff@plaza.test");
        await staff.ChooseStoreAsync(Storefront.Islington);
        await staff.SearchStoreAsync("milk");
        var product = await staff.OpenProductAsync(new Regex("milk", RegexOptions.IgnoreCase));
        await staff.AddToCartAsync();
        await staff.OpenCartAsync();
        await staff.MainContent().GetByRole(AriaRole.Link, new() { Name = "Checkout", Exact = true }).ClickAsync();

        await staff.GetByLabel("Order for a customer").FillAsync(customer);
        await staff.GetByRole(AriaRole.Radio, new() { Name = "Home delivery" }).CheckAsync();
        var delivery = staff.GetByRole(AriaRole.Region, new() { Name = "Where should we deliver?" });
        await delivery.GetByLabel("Delivery address").FillAsync("4 Highbury Crescent, London N5 1RN");
        await delivery.GetByText("Enter the location yourself").ClickAsync();
        await delivery.GetByLabel("Latitude").FillAsync("51.5487");
        await delivery.GetByLabel("Longitude").FillAsync("-0.1032");
        await delivery.GetByLabel("Delivery time").SelectOptionAsync(new SelectOptionValue { Index = 1 });
        await Expect(staff.GetByTestId("total-delivery")).ToBeVisibleAsync();
        await staff.GetByRole(AriaRole.Button, new() { Name = "Place order and pay" }).ClickAsync();

        // The customer pays at the counter on the provider's page.
        await staff.WaitForURLAsync(new Regex("/sandbox/checkout/"));
        var orderId = await staff.ApprovePaymentAsync();

        // The order is the customer's: it is in her orders, paid, for delivery to her address.
        using var margaret = await PlazaApi.SignInAsync(app.BaseUrl, customer);
        var order = await Eventually.WaitForAsync(() => margaret.OrderAsync(orderId),
            o => o.GetProperty("status").GetString() == "paid", "the customer's order to be paid");
        order.GetProperty("fulfilment").GetString().ShouldBe("delivery");
        order.GetProperty("deliveryAddress").GetString().ShouldBe("4 Highbury Crescent, London N5 1RN");
        order.GetProperty("placedByStaff").GetBoolean().ShouldBeTrue();
        order.GetProperty("deliveryFeeMinor").GetInt64().ShouldBeGreaterThan(0);
        order.GetProperty("lines")[0].GetProperty("productName").GetString().ShouldBe(product);
        (await margaret.MyOrdersAsync()).EnumerateArray().Select(o => o.GetProperty("id").GetGuid()).ShouldContain(orderId);

        // And the store has it among its open orders, for home delivery.
        await staff.GotoAsync("/staff");
        await staff.MainContent().GetByRole(AriaRole.Link, new() { Name = Storefront.Islington, Exact = true }).ClickAsync();
        var row = staff.GetByRole(AriaRole.Row)
            .Filter(new() { Has = staff.GetByRole(AriaRole.Link, new() { Name = order.GetProperty("number").GetString()!, Exact = true }) });
        await Expect(row).ToContainTextAsync("Home delivery");
        await Expect(row.GetByRole(AriaRole.Button, new() { Name = "Start preparing" })).ToBeVisibleAsync();
    });
}
