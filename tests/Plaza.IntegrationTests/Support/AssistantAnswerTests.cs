using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Plaza.IntegrationTests.Infrastructure;
using Plaza.IntegrationTests.Loyalty;
using Plaza.IntegrationTests.Ordering;
using Plaza.Web.Modules.Loyalty;
using Plaza.Web.Modules.Stores;
using Plaza.Web.Modules.Support.Assistant;

namespace Plaza.IntegrationTests.Support;

/// <summary>
/// The assistant's answers against real records: each answer tells the facts a shopper would check (the status, the code, the amount),
/// in the asker's language, and an order number that belongs to someone else gets the same words as one that does not exist.
/// </summary>
public sealed class AssistantAnswerTests(PlazaFactory factory) : IClassFixture<PlazaFactory>
{
    private sealed record Shop(Store Store, Guid Pickup, Guid Sku, HttpClient Staff);

    private async Task<Shop> ShopAsync(string? name = null)
    {
        var store = await factory.StoreAsync(name);
        var product = await factory.ProductAsync(store, await factory.CategoryAsync(), "Clementines", "", new SkuSpec("CLEM", 250, 100));
        return new Shop(store, store.PickupPoints[0].Id, product.Skus[0].Id, await factory.CreateStaffAsync(store.Id));
    }

    private static async Task<(Guid Id, string Number)> PlaceAsync(Shop shop, TestAccount shopper, int quantity = 1)
    {
        var order = await shopper.Client.PlacePickupOrderAsync(shop.Store.Id, shop.Pickup, (shop.Sku, quantity));
        return (order.GetProperty("id").GetGuid(), order.GetProperty("number").GetString()!);
    }

    private async Task<(Guid Id, string Number, string Code)> PaidAsync(Shop shop, TestAccount shopper, int quantity = 1)
    {
        var (id, number) = await PlaceAsync(shop, shopper, quantity);
        await factory.PayAsync(shopper.Client, id);
        return (id, number, (await factory.OrderAsync(id)).PickupCode!);
    }

    private async Task<AssistantAnswer> AskAsync(SupportIntent intent, TestAccount asker, Shop shop, string? number = null, string culture = "en",
        Guid? attached = null)
    {
        await using var scope = factory.Db();
        return await scope.Get<IAssistantAnswers>().Answer(new IntentRecognition(intent, 1, culture[..2], number),
            new AskContext(asker.Id, shop.Store.Id, culture, attached), CancellationToken.None);
    }

    private static string Fact(AssistantAnswer answer, string label) =>
        answer.Card.ShouldNotBeNull().Facts.Where(f => f.Label == label).ShouldHaveSingleItem().Value;

    /// <summary>A day as English answers write it in London ("Wed 15 Jan"): the clock moves in whole days in one test, so never hard-coded.</summary>
    private static string Day(DateTime utc) => utc.ToString("ddd d MMM", CultureInfo.GetCultureInfo("en"));

    private string Today => Day(factory.Clock.GetUtcNow().UtcDateTime);

    [Fact]
    public async Task Order_status_without_a_number_tells_the_newest_order_here_where_it_is_collected_and_that_another_is_open()
    {
        var shop = await ShopAsync();
        var shopper = await factory.CreateAccountAsync();
        await PlaceAsync(shop, shopper);
        var (id, number, _) = await PaidAsync(shop, shopper);

        var answer = await AskAsync(SupportIntent.OrderStatus, shopper, shop);

        answer.Answered.ShouldBeTrue();
        answer.Text.ShouldContain($"Order {number} is paid");
        answer.Text.ShouldContain("You will collect it at Store counter, 1 Upper Street");
        answer.Text.ShouldContain("You have one other open order here");
        answer.Card!.Kind.ShouldBe("order-status");
        Fact(answer, "Status").ShouldBe("Paid");
        Fact(answer, "How").ShouldBe("Pick up");
        Fact(answer, "Total").ShouldBe("£2.50");
        Fact(answer, "Placed").ShouldBe($"{Today}, 10:30");
        answer.Card.Actions.ShouldHaveSingleItem().Url.ShouldBe($"/orders/{id}");
    }

    [Fact]
    public async Task Order_status_by_number_answers_that_order_and_a_delivery_order_tells_its_slot()
    {
        var shop = await ShopAsync();
        var shopper = await factory.CreateAccountAsync();
        var delivery = await shopper.Client.PlaceDeliveryOrderAsync(shop.Store.Id, shop.Sku, "5 Chapel Market, London N1 9EX");
        var number = delivery.GetProperty("number").GetString()!;
        await PaidAsync(shop, shopper); // newer, but the number names the other

        var answer = await AskAsync(SupportIntent.OrderStatus, shopper, shop, number);

        answer.Text.ShouldContain($"Order {number} is waiting for payment");
        answer.Text.ShouldContain($"It is booked for delivery {Today}, 12:00–14:00.");
        Fact(answer, "How").ShouldBe("Home delivery");
        Fact(answer, "Delivery slot").ShouldBe($"{Today}, 12:00–14:00");
        answer.Text.ShouldNotContain("other open order", Case.Insensitive);
    }

    [Theory]
    [InlineData("order-status")]
    [InlineData("pickup-code")]
    [InlineData("refund-status")]
    public async Task Another_customers_order_number_gets_the_words_of_a_made_up_number_and_nothing_of_the_order(string asked)
    {
        SupportIntents.TryParse(asked, out var intent).ShouldBeTrue();
        var shop = await ShopAsync();
        var owner = await factory.CreateAccountAsync();
        var (id, number, code) = await PaidAsync(shop, owner, quantity: 3);
        await (await shop.Staff.PostAsJsonAsync($"/api/v1/orders/{id}/refunds", new { full = true }))
            .ShouldHaveStatus(HttpStatusCode.OK);
        var asker = await factory.CreateAccountAsync();
        await PaidAsync(shop, asker); // the asker has orders of her own here
        const string madeUp = "PZ-ABCDEFGH";

        var theirs = await AskAsync(intent, asker, shop, number);
        var none = await AskAsync(intent, asker, shop, madeUp);
        var attached = await AskAsync(intent, asker, shop, attached: id);

        theirs.Answered.ShouldBeFalse();
        theirs.Card.ShouldBeNull();
        theirs.Text.ShouldBe($"I can't find order {number} on your account. Check the number in My orders, or ask for a person.");
        theirs.Text.Replace(number, madeUp).ShouldBe(none.Text);
        (none.Answered, none.Card).ShouldBe((false, (AnswerCard?)null));
        foreach (var leak in new[] { code, "£7.50", "Cancelled", "Refund" }) theirs.Text.ShouldNotContain(leak);
        // An attached order that is not hers is not hers to ask about: the answer is about her own order.
        attached.Text.ShouldNotContain(number);
        attached.Card.ShouldNotBeNull().Actions.ShouldAllBe(a => a.Url != $"/orders/{id}");
    }

    [Fact]
    public async Task An_order_of_the_shopper_at_another_store_is_named_with_its_store_and_no_details()
    {
        var here = await ShopAsync();
        var there = await ShopAsync("Essex Road Grocer");
        var shopper = await factory.CreateAccountAsync();
        var (id, number, code) = await PaidAsync(there, shopper);

        var answer = await AskAsync(SupportIntent.PickupCode, shopper, here, number);

        answer.Text.ShouldContain($"Order {number} is from Essex Road Grocer, not this store");
        answer.Text.ShouldNotContain(code);
        answer.Card.ShouldNotBeNull().Facts.ShouldBeEmpty();
        answer.Card.Actions.ShouldHaveSingleItem().Url.ShouldBe($"/orders/{id}");
    }

    [Fact]
    public async Task The_pickup_code_comes_once_paid_says_whether_the_order_is_ready_and_a_delivery_order_has_none()
    {
        var shop = await ShopAsync();
        var shopper = await factory.CreateAccountAsync();
        var (unpaidId, unpaid) = await PlaceAsync(shop, shopper);
        var unpaidCode = (await factory.OrderAsync(unpaidId)).PickupCode!;

        var beforePaying = await AskAsync(SupportIntent.PickupCode, shopper, shop, unpaid);
        var (id, number, code) = await PaidAsync(shop, shopper);
        var paid = await AskAsync(SupportIntent.PickupCode, shopper, shop);
        await (await shop.Staff.PostAsync($"/api/v1/orders/{id}/prepare", null)).ShouldHaveStatus(HttpStatusCode.OK);
        await (await shop.Staff.PostAsync($"/api/v1/orders/{id}/ready", null)).ShouldHaveStatus(HttpStatusCode.OK);
        var ready = await AskAsync(SupportIntent.PickupCode, shopper, shop);
        var delivery = await shopper.Client.PlaceDeliveryOrderAsync(shop.Store.Id, shop.Sku, "5 Chapel Market, London N1 9EX");
        var homeDelivery = await AskAsync(SupportIntent.PickupCode, shopper, shop, delivery.GetProperty("number").GetString());

        beforePaying.Text.ShouldBe($"Order {unpaid} is not paid yet: its pickup code comes once it is paid.");
        beforePaying.Text.ShouldNotContain(unpaidCode);
        paid.Text.ShouldStartWith($"Your pickup code for order {number} is {code}. The order is not ready yet");
        ready.Text.ShouldStartWith($"Your pickup code for order {number} is {code}. The order is ready: show the code at Store counter, 1 Upper Street");
        Fact(ready, "Pickup code").ShouldBe(code);
        Fact(ready, "Status").ShouldBe("Ready to collect");
        Fact(ready, "Opening hours").ShouldBe("08:00–20:00");
        homeDelivery.Text.ShouldContain("is for home delivery, so it has no pickup code");
        homeDelivery.Answered.ShouldBeTrue();
    }

    [Fact]
    public async Task The_refund_status_tells_the_amount_and_whether_the_payment_service_has_paid_it_back()
    {
        var shop = await ShopAsync();
        var shopper = await factory.CreateAccountAsync();
        var (id, number, _) = await PaidAsync(shop, shopper, quantity: 4);
        var (_, unrefunded, _) = await PaidAsync(shop, shopper);
        var lineId = (await factory.OrderAsync(id)).Lines[0].Id;

        var noRefund = await AskAsync(SupportIntent.RefundStatus, shopper, shop, unrefunded);
        await (await shop.Staff.PostAsJsonAsync($"/api/v1/orders/{id}/refunds", new { lines = new[] { new { lineId, quantity = 1 } } }))
            .ShouldHaveStatus(HttpStatusCode.OK);
        var pending = await AskAsync(SupportIntent.RefundStatus, shopper, shop);
        await factory.DeliverWebhooksAsync();
        var settled = await AskAsync(SupportIntent.RefundStatus, shopper, shop);

        noRefund.Text.ShouldBe($"There is no refund on order {unrefunded}.");
        noRefund.Answered.ShouldBeTrue();
        pending.Text.ShouldStartWith($"£2.50 for order {number} is on its way back to you (refunded on {Today})");
        pending.Card!.Facts.ShouldContain(new AnswerFact(Today, "£2.50 · On its way back"));
        settled.Text.ShouldBe($"£2.50 was paid back to you for order {number} on {Today}.");
        Fact(settled, "Paid").ShouldBe("£10.00");
        settled.Card!.Facts.ShouldContain(new AnswerFact(Today, "£2.50 · Paid back"));
    }

    [Fact]
    public async Task The_points_balance_tells_what_expires_first_and_when()
    {
        var shop = await ShopAsync();
        var shopper = await factory.CreateAccountAsync();
        var firstExpires = factory.Clock.GetUtcNow().UtcDateTime.AddDays(365);
        await factory.GrantAsync(shopper.Id, 100);
        factory.Clock.Advance(TimeSpan.FromDays(10));
        await factory.GrantAsync(shopper.Id, 50);
        await using (var scope = factory.Db())
            (await scope.Get<PointsBook>().TakeBack(shopper.Id, PointsKind.Redeemed, 30, 0, "test:spent", null, CancellationToken.None)).ShouldBe(30);

        var answer = await AskAsync(SupportIntent.PointsBalance, shopper, shop);
        var nobody = await AskAsync(SupportIntent.PointsBalance, await factory.CreateAccountAsync(), shop);

        answer.Text.ShouldBe($"You have 120 points. The next to expire are 70 points, on {Day(firstExpires)}.");
        Fact(answer, "Balance").ShouldBe("120 points");
        answer.Card!.Facts.Select(f => f.Value).ShouldBe(["120 points", "70 points", "50 points"]);
        nobody.Text.ShouldStartWith("You have no points yet");
    }

    [Fact]
    public async Task Coupons_are_the_ones_the_shopper_holds_for_this_store_with_what_they_take_off()
    {
        var shop = await ShopAsync();
        var elsewhere = await ShopAsync();
        var shopper = await factory.CreateAccountAsync();
        var now = factory.Clock.GetUtcNow().UtcDateTime;
        foreach (var (s, code, name) in new[] { (shop, "TENOFF", "Ten percent"), (elsewhere, "OTHER", "Elsewhere treat") })
        {
            var coupon = await (await s.Staff.PostAsJsonAsync("/api/v1/coupons", new
            {
                storeId = s.Store.Id, code = code + Guid.NewGuid().ToString("N")[..4], name, kind = "percentage", percent = 10, maxDiscountMinor = 300,
                minSpendMinor = 1000, scope = "store", validFromUtc = now.AddDays(-1), validUntilUtc = now.AddDays(7), perShopperLimit = 1,
            })).ShouldHaveStatus(HttpStatusCode.Created);
            await (await shopper.Client.PostAsync($"/api/v1/coupons/{coupon.GetProperty("id").GetGuid()}/claim", null))
                .ShouldHaveStatus(HttpStatusCode.Created);
        }

        var answer = await AskAsync(SupportIntent.Coupons, shopper, shop);
        var none = await AskAsync(SupportIntent.Coupons, await factory.CreateAccountAsync(), shop);

        answer.Text.ShouldStartWith($"You have one coupon to use at {shop.Store.Name}: Ten percent, 10% off, at most £3.00, until");
        answer.Text.ShouldNotContain("Elsewhere");
        Fact(answer, "Ten percent").ShouldStartWith("10% off, at most £3.00 · when you spend at least £10.00 · Valid until");
        answer.Card!.Actions.ShouldHaveSingleItem().Url.ShouldBe($"/coupons?store={shop.Store.Id}");
        none.Text.ShouldStartWith($"You have no coupons to use at {shop.Store.Name} right now.");
    }

    [Fact]
    public async Task The_membership_tier_tells_the_growth_missing_for_the_next_tier()
    {
        var shop = await ShopAsync();
        var silver = await factory.CreateAccountAsync();
        var gold = await factory.CreateAccountAsync();
        await factory.GrantAsync(silver.Id, 10, growth: 600);
        await factory.GrantAsync(gold.Id, 10, growth: 2500);

        var answer = await AskAsync(SupportIntent.MembershipTier, silver, shop);
        var top = await AskAsync(SupportIntent.MembershipTier, gold, shop);

        answer.Text.ShouldStartWith("Your membership tier is Silver. 1,400 more growth value takes you to Gold");
        Fact(answer, "Growth value").ShouldBe("600");
        Fact(answer, "Next tier").ShouldBe("1,400 more to reach Gold");
        top.Text.ShouldBe("Your membership tier is Gold. That is the highest tier.");
    }

    [Fact]
    public async Task Store_hours_say_whether_it_is_open_now_by_the_stores_own_clock()
    {
        var london = await ShopAsync("Angel Market");
        var shanghai = await ShopAsync("Jing'an Market");
        await using (var scope = factory.Db())
        {
            // 10:30 in London is 18:30 in Shanghai: after this store's 18:00 closing.
            var store = await scope.Db.Set<Store>().SingleAsync(s => s.Id == shanghai.Store.Id);
            store.ChangeSettings(store.Name, store.Address, "+86 21 5555 0101", new TimeOnly(9, 0), new TimeOnly(18, 0), 3000, 0);
            scope.Db.Entry(store).Property(s => s.TimeZone).CurrentValue = "Asia/Shanghai";
            await scope.Db.SaveChangesAsync();
        }

        var open = await AskAsync(SupportIntent.StoreHours, await factory.CreateAccountAsync(), london);
        var closed = await AskAsync(SupportIntent.StoreHours, await factory.CreateAccountAsync(), shanghai);

        open.Text.ShouldBe("Angel Market is open every day from 08:00 to 20:00. It is open now, until 20:00.");
        Fact(open, "Status").ShouldBe("Open now");
        closed.Text.ShouldBe("Jing'an Market is open every day from 09:00 to 18:00. It is closed now and opens tomorrow at 09:00.");
        Fact(closed, "Phone").ShouldBe("+86 21 5555 0101");
    }

    [Fact]
    public async Task The_delivery_area_tells_the_radius_the_fee_the_next_slot_and_where_to_collect()
    {
        var delivers = await ShopAsync("Upper Street Deli");
        var pickupOnly = await ShopAsync("Counter Only");
        await using (var scope = factory.Db())
        {
            var a = await scope.Db.Set<Store>().SingleAsync(s => s.Id == delivers.Store.Id);
            a.ChangeSettings(a.Name, a.Address, null, a.OpensAt, a.ClosesAt, 2500, 350);
            var b = await scope.Db.Set<Store>().SingleAsync(s => s.Id == pickupOnly.Store.Id);
            b.ChangeSettings(b.Name, b.Address, null, b.OpensAt, b.ClosesAt, 0, 0);
            await scope.Db.SaveChangesAsync();
        }

        var answer = await AskAsync(SupportIntent.DeliveryArea, await factory.CreateAccountAsync(), delivers);
        var none = await AskAsync(SupportIntent.DeliveryArea, await factory.CreateAccountAsync(), pickupOnly);

        answer.Text.ShouldBe("Upper Street Deli delivers to addresses within 2.5 km of the store, for £3.50. " +
            "You can also collect your order at: Store counter.");
        Fact(answer, "Delivery fee").ShouldBe("£3.50");
        Fact(answer, "Next delivery slot").ShouldBe($"{Today}, 12:00–14:00");
        Fact(answer, "Store counter").ShouldBe("1 Upper Street, London N1 0PQ");
        none.Text.ShouldBe("Counter Only does not deliver. You can collect your order at: Store counter.");
    }

    [Fact]
    public async Task Greetings_and_thanks_are_answered_without_a_card_and_a_request_for_a_person_is_not_answered_here()
    {
        var shop = await ShopAsync();
        var shopper = await factory.CreateAccountAsync();

        var hello = await AskAsync(SupportIntent.Greeting, shopper, shop);
        var thanks = await AskAsync(SupportIntent.Thanks, shopper, shop, culture: "zh-Hans");

        (hello.Answered, hello.Card).ShouldBe((true, (AnswerCard?)null));
        hello.Text.ShouldStartWith("Hello! I can tell you where your order is");
        thanks.Text.ShouldBe("不客气！还有其他问题，随时问我。");
        await Should.ThrowAsync<ArgumentOutOfRangeException>(() => AskAsync(SupportIntent.Human, shopper, shop));
    }

    [Fact]
    public async Task A_shopper_asking_in_Spanish_where_her_order_is_gets_its_status_in_Spanish()
    {
        var shop = await ShopAsync();
        var shopper = await factory.CreateAccountAsync();
        var (_, number, _) = await PaidAsync(shop, shopper);
        await using var scope = factory.Db();
        var recognised = scope.Get<IIntentRecogniser>().Recognise($"Hola, ¿dónde está mi pedido {number}?");

        var answer = await scope.Get<IAssistantAnswers>().Answer(recognised, new AskContext(shopper.Id, shop.Store.Id, "es", null), CancellationToken.None);

        (recognised.Intent, recognised.Language, recognised.OrderNumber).ShouldBe((SupportIntent.OrderStatus, "es", number));
        // The pickup point's name is the store's own words, not translated.
        answer.Text.ShouldStartWith($"El pedido {number} está pagado y la tienda empezará a prepararlo pronto. " +
            "Lo recogerá en Store counter");
        Fact(answer, "Estado").ShouldBe("Pagado");
        Fact(answer, "Cómo").ShouldBe("Recoger");
        Fact(answer, "Total").ShouldStartWith("2,50");
    }

    [Fact]
    public async Task A_shopper_asking_in_Chinese_gets_her_pickup_code_and_points_in_Chinese()
    {
        var shop = await ShopAsync();
        var shopper = await factory.CreateAccountAsync();
        var (_, number, code) = await PaidAsync(shop, shopper);
        await factory.GrantAsync(shopper.Id, 120);

        var pickup = await AskAsync(SupportIntent.PickupCode, shopper, shop, culture: "zh-Hans");
        var points = await AskAsync(SupportIntent.PointsBalance, shopper, shop, culture: "zh-Hans");

        pickup.Text.ShouldStartWith($"订单 {number} 的取货码是 {code}。订单还没备好");
        Fact(pickup, "取货码").ShouldBe(code);
        points.Text.ShouldStartWith("您有 120 积分。");
        points.Card!.Title.ShouldBe("我的积分");
    }
}
