using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Plaza.IntegrationTests.Infrastructure;
using Plaza.IntegrationTests.Ordering;
using Plaza.Web.Modules.Support;

namespace Plaza.IntegrationTests.Support;

/// <summary>
/// Saved replies: the store's people keep them (and only they may), and each is filled for the conversation it is used in with
/// the customer's name, their real order's number and pickup code, and the store's name; what has no value stays and is listed.
/// </summary>
public sealed class CannedReplyTests(PlazaFactory factory) : IClassFixture<PlazaFactory>
{
    private static string Replies(Guid storeId) => $"/api/v1/support/stores/{storeId}/canned-replies";

    private static async Task<JsonElement> SaveAsync(HttpClient staff, Guid storeId, string title, string body) =>
        await (await staff.PostAsJsonAsync(Replies(storeId), new { title, body })).ShouldHaveStatus(HttpStatusCode.Created);

    private static async Task<IReadOnlyList<(string Title, string Text, string[] Missing)>> FilledAsync(HttpClient staff, Guid conversationId) =>
        (await (await staff.GetAsync($"/api/v1/support/conversations/{conversationId}/canned-replies")).ShouldHaveStatus(HttpStatusCode.OK))
            .EnumerateArray().Select(r => (r.GetProperty("title").GetString()!, r.GetProperty("text").GetString()!,
                r.GetProperty("missing").EnumerateArray().Select(m => m.GetString()!).ToArray())).ToList();

    [Fact]
    public async Task Staff_add_change_list_and_delete_saved_replies_and_a_blank_title_or_unknown_variable_is_a_400_naming_its_field()
    {
        var store = await factory.StoreAsync();
        var staff = await factory.CreateStaffAsync(store.Id);

        var thanks = await SaveAsync(staff, store.Id, "  Thanks  ", "Thank you, {customer_name}!");
        var id = thanks.GetProperty("id").GetGuid();
        thanks.GetProperty("title").GetString().ShouldBe("Thanks");
        await SaveAsync(staff, store.Id, "Asking for the order", "Which order is it? Its number starts with PZ-.");

        await (await staff.PostAsJsonAsync(Replies(store.Id), new { title = " ", body = "Hello" })).ShouldBeValidationProblem("title");
        await (await staff.PostAsJsonAsync(Replies(store.Id), new { title = new string('t', 81), body = "Hello" })).ShouldBeValidationProblem("title");
        await (await staff.PostAsJsonAsync(Replies(store.Id), new { title = "Hi", body = "" })).ShouldBeValidationProblem("body");
        var misspelt = await (await staff.PostAsJsonAsync(Replies(store.Id), new { title = "Ready", body = "Order {order_no} is ready" }))
            .ShouldBeValidationProblem("body");
        misspelt.GetProperty("codes").GetProperty("body").GetString().ShouldBe("unknown_variable");
        await (await staff.PutAsJsonAsync($"{Replies(store.Id)}/{id}", new { title = "Thanks", body = "Thanks {Customer_Name}" }))
            .ShouldBeValidationProblem("body");

        var changed = await (await staff.PutAsJsonAsync($"{Replies(store.Id)}/{id}", new { title = "Thank you", body = "Thank you, {customer_name}." }))
            .ShouldHaveStatus(HttpStatusCode.OK);
        changed.GetProperty("body").GetString().ShouldBe("Thank you, {customer_name}.");
        var list = await (await staff.GetAsync(Replies(store.Id))).ShouldHaveStatus(HttpStatusCode.OK);
        list.EnumerateArray().Select(r => r.GetProperty("title").GetString()).ShouldBe(["Asking for the order", "Thank you"], "by title");

        (await staff.DeleteAsync($"{Replies(store.Id)}/{id}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await staff.DeleteAsync($"{Replies(store.Id)}/{id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await staff.PutAsJsonAsync($"{Replies(store.Id)}/{id}", new { title = "Back", body = "Hi" })).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        await using var scope = factory.Db();
        (await scope.Db.Set<CannedReply>().Where(r => r.StoreId == store.Id).Select(r => r.Title).ToListAsync())
            .ShouldBe(["Asking for the order"], "the refused ones wrote nothing");
    }

    [Fact]
    public async Task Another_stores_staff_and_shoppers_get_404_for_a_stores_saved_replies_and_a_conversations_filled_ones()
    {
        var store = await factory.StoreAsync();
        var staff = await factory.CreateStaffAsync(store.Id);
        var id = (await SaveAsync(staff, store.Id, "Hello", "Hello {customer_name}")).GetProperty("id").GetGuid();
        var shopper = await factory.CreateShopperAsync();
        var conversation = (await shopper.OpenAsync(store.Id, "hello")).Id();
        var otherStaff = await factory.CreateStaffAsync((await factory.StoreAsync()).Id);

        foreach (var outsider in new[] { otherStaff, shopper })
        {
            (await outsider.GetAsync(Replies(store.Id))).StatusCode.ShouldBe(HttpStatusCode.NotFound);
            (await outsider.PostAsJsonAsync(Replies(store.Id), new { title = "Mine", body = "Hi" })).StatusCode.ShouldBe(HttpStatusCode.NotFound);
            (await outsider.PutAsJsonAsync($"{Replies(store.Id)}/{id}", new { title = "Mine", body = "Hi" })).StatusCode.ShouldBe(HttpStatusCode.NotFound);
            (await outsider.DeleteAsync($"{Replies(store.Id)}/{id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
            (await outsider.GetAsync($"/api/v1/support/conversations/{conversation}/canned-replies")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        }
        await using var scope = factory.Db();
        (await scope.Db.Set<CannedReply>().SingleAsync(r => r.StoreId == store.Id)).Title.ShouldBe("Hello", "nothing changed");
    }

    [Fact]
    public async Task A_saved_reply_is_filled_with_the_customers_name_the_attached_orders_number_and_pickup_code_and_the_store_name()
    {
        var store = await factory.StoreAsync("Canned Corner");
        var product = await factory.ProductAsync(store, await factory.CategoryAsync(), "Sourdough", "", new SkuSpec("SD", 400, 50));
        var staff = await factory.CreateStaffAsync(store.Id);
        var shopper = await factory.CreateAccountAsync(displayName: "Amara Obi");
        var order = await shopper.Client.PlacePickupOrderAsync(store.Id, store.PickupPoints[0].Id, (product.Skus[0].Id, 1));
        var orderId = order.GetProperty("id").GetGuid();
        await factory.PayAsync(shopper.Client, orderId);
        var code = (await factory.OrderAsync(orderId)).PickupCode!;
        // A newer order comes after: the conversation is about the first one, so the first one's number is filled in.
        await shopper.Client.PlacePickupOrderAsync(store.Id, store.PickupPoints[0].Id, (product.Skus[0].Id, 2));
        var conversation = (await shopper.Client.OpenAsync(store.Id, "is it ready?", orderId)).Id();
        await SaveAsync(staff, store.Id, "Ready", "Hi {customer_name}, order {order_number} is ready: show {pickup_code} at {store_name}. {customer_name}!");

        var filled = (await FilledAsync(staff, conversation)).ShouldHaveSingleItem();

        filled.Title.ShouldBe("Ready");
        filled.Text.ShouldBe($"Hi Amara Obi, order {order.GetProperty("number").GetString()} is ready: show {code} at {store.Name}. Amara Obi!");
        filled.Missing.ShouldBeEmpty();
    }

    [Fact]
    public async Task A_variable_without_a_value_stays_in_the_text_and_is_listed_as_missing()
    {
        var store = await factory.StoreAsync();
        var product = await factory.ProductAsync(store, await factory.CategoryAsync(), "Oat milk", "", new SkuSpec("OAT", 150, 10));
        var staff = await factory.CreateStaffAsync(store.Id);
        var shopper = await factory.CreateAccountAsync(displayName: "Li Wei");
        var conversation = (await shopper.Client.OpenAsync(store.Id, "hello")).Id();
        await SaveAsync(staff, store.Id, "Code", "{customer_name}: your code for {order_number} is {pickup_code}.");

        var none = (await FilledAsync(staff, conversation)).ShouldHaveSingleItem();
        none.Text.ShouldBe("Li Wei: your code for {order_number} is {pickup_code}.", "no order here yet");
        none.Missing.ShouldBe(["order_number", "pickup_code"]);

        // An order not yet paid shows no pickup code: its number is filled in (the newest order here), its code is not.
        var unpaid = await shopper.Client.PlacePickupOrderAsync(store.Id, store.PickupPoints[0].Id, (product.Skus[0].Id, 1));
        var newest = (await FilledAsync(staff, conversation)).ShouldHaveSingleItem();
        newest.Text.ShouldBe($"Li Wei: your code for {unpaid.GetProperty("number").GetString()} is {{pickup_code}}.");
        newest.Missing.ShouldBe(["pickup_code"]);
    }
}
