using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Plaza.IntegrationTests.Infrastructure;
using Plaza.IntegrationTests.Ordering;
using Plaza.Web.Modules.Ordering.Contracts;
using Plaza.Web.Platform.Events;

namespace Plaza.IntegrationTests.Privacy;

public sealed class AccountDeletionTests(PlazaFactory factory) : IClassFixture<PlazaFactory>
{
    /// <summary>A shopper who has left traces everywhere: an order to her home, a community, notifications, a stored API response.</summary>
    private async Task<(TestAccount Erin, string Name, Guid OrderId)> BusyShopperAsync(string login)
    {
        var name = "Erin Qzxv" + Guid.NewGuid().ToString("N")[..6];
        var store = await factory.StoreAsync();
        var product = await factory.ProductAsync(store, await factory.CategoryAsync(), "Figs", "", new SkuSpec("FIG", 300, 10));
        var erin = await factory.CreateAccountAsync(login: login, displayName: name);
        var order = await erin.Client.PlaceDeliveryOrderAsync(store.Id, product.Skus[0].Id, $"Flat 2, {name}'s house, 5 Chapel Market, London N1");
        var orderId = order.GetProperty("id").GetGuid();
        await factory.PayAsync(erin.Client, orderId);
        await factory.Services.GetRequiredService<OutboxDispatcher>().DispatchPendingAsync(CancellationToken.None);
        await (await erin.Client.PostAsJsonAsync("/api/v1/communities",
            new { name = "Angel cooks " + Guid.NewGuid().ToString("N")[..6], kind = "theme", visibility = "public", description = "Hello" }))
            .ShouldHaveStatus(HttpStatusCode.Created);
        // Someone follows her, and she follows the store.
        var fan = await factory.CreateShopperAsync();
        await (await fan.PostAsJsonAsync("/api/v1/follows", new { accountId = erin.Id })).ShouldHaveStatus(HttpStatusCode.Created);
        await (await erin.Client.PostAsJsonAsync("/api/v1/follows", new { storeId = store.Id })).ShouldHaveStatus(HttpStatusCode.Created);
        // She posts a note tagging the figs; the fan likes it and mentions her by name in a comment.
        var note = await (await erin.Client.PostAsJsonAsync("/api/v1/notes", new { title = "Figs from the corner shop", body = "*Sweet*.",
            products = new[] { new { productId = product.Id, storeId = store.Id } } })).ShouldHaveStatus(HttpStatusCode.Created);
        var noteId = note.GetProperty("id").GetGuid();
        await (await fan.PostAsync($"/api/v1/notes/{noteId}/like", null)).ShouldHaveStatus(HttpStatusCode.OK);
        await (await fan.PostAsJsonAsync($"/api/v1/notes/{noteId}/comments", new { text = $"Thanks @[{name}]({erin.Id})!" }))
            .ShouldHaveStatus(HttpStatusCode.Created);
        return (erin, name, orderId);
    }

    [Fact]
    public async Task After_deletion_her_email_and_name_appear_nowhere_in_the_database()
    {
        var email = $"erin.{Guid.NewGuid():N}@example.com";
        var (erin, name, orderId) = await BusyShopperAsync(email);
        (await factory.FindEverywhereAsync(email)).ShouldNotBeEmpty(); // the scan does find her before

        var deleted = await erin.Client.PostAsJsonAsync("/api/v1/me/delete", new { password = PlazaFactory.Password, content = "anonymise" });

        deleted.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await factory.FindEverywhereAsync(email)).ShouldBeEmpty();
        (await factory.FindEverywhereAsync(name)).ShouldBeEmpty();
        (await erin.Client.GetAsync("/api/v1/auth/me")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await factory.Anonymous().PostAsJsonAsync("/api/v1/auth/sign-in", new { login = email, password = PlazaFactory.Password }))
            .StatusCode.ShouldBe(HttpStatusCode.Conflict);
        // The order stays for the merchant's accounts, under the pseudonymous account.
        var order = await factory.OrderAsync(orderId);
        order.CustomerId.ShouldBe(erin.Id);
        order.PaymentState.ShouldBe(PaymentState.Paid);
        order.DeliveryAddress.ShouldBe("(erased)");
    }

    [Fact]
    public async Task After_deletion_her_mobile_number_appears_nowhere_in_the_database()
    {
        var phone = "+4477009" + Random.Shared.Next(10000, 99999);
        var (erin, name, _) = await BusyShopperAsync(phone);

        await (await erin.Client.PostAsJsonAsync("/api/v1/me/delete", new { password = PlazaFactory.Password, content = "remove" }))
            .ShouldHaveStatus(HttpStatusCode.NoContent);

        (await factory.FindEverywhereAsync(phone)).ShouldBeEmpty();
        (await factory.FindEverywhereAsync(name)).ShouldBeEmpty();
    }

    [Fact]
    public async Task Deleting_needs_the_password_and_a_wrong_one_changes_nothing()
    {
        var erin = await factory.CreateAccountAsync();

        var refused = await erin.Client.PostAsJsonAsync("/api/v1/me/delete", new { password = "not-my-password", content = "remove" });

        await refused.ShouldBeValidationProblem("password");
        await (await erin.Client.GetAsync("/api/v1/auth/me")).ShouldHaveStatus(HttpStatusCode.OK);
    }

    [Fact]
    public async Task The_export_holds_her_profile_orders_communities_and_notifications()
    {
        var email = $"erin.{Guid.NewGuid():N}@example.com";
        var (erin, name, orderId) = await BusyShopperAsync(email);

        var response = await erin.Client.GetAsync("/api/v1/me/export");

        var export = await response.ShouldHaveStatus(HttpStatusCode.OK);
        response.Content.Headers.ContentDisposition?.FileName.ShouldNotBeNull();
        var sections = export.GetProperty("sections");
        sections.GetProperty("profile").GetProperty("email").GetString().ShouldBe(email);
        sections.GetProperty("profile").GetProperty("displayName").GetString().ShouldBe(name);
        sections.GetProperty("orders").GetProperty("orders")[0].GetProperty("id").GetGuid().ShouldBe(orderId);
        sections.GetProperty("communities").GetArrayLength().ShouldBe(1);
        sections.GetProperty("notifications").GetProperty("items").GetArrayLength().ShouldBeGreaterThan(0);
        sections.GetProperty("follows").GetProperty("followers").GetArrayLength().ShouldBe(1);
        sections.GetProperty("follows").GetProperty("following").GetArrayLength().ShouldBe(1);
    }

    [Theory]
    [InlineData("remove", 0)]
    [InlineData("anonymise", 1)]
    public async Task Her_reviews_go_or_stay_as_she_chooses(string content, int reviewsLeft)
    {
        var store = await factory.StoreAsync();
        var product = await factory.ProductAsync(store, await factory.CategoryAsync(), "Dates", "", new SkuSpec("DATE", 400, 10));
        var erin = await factory.CreateAccountAsync();
        var staff = await factory.CreateStaffAsync(store.Id);
        var order = await erin.Client.PlacePickupOrderAsync(store.Id, store.PickupPoints[0].Id, (product.Skus[0].Id, 1));
        var orderId = order.GetProperty("id").GetGuid();
        await factory.PayAsync(erin.Client, orderId);
        await (await staff.PostAsync($"/api/v1/orders/{orderId}/prepare", null)).ShouldHaveStatus(HttpStatusCode.OK);
        await (await staff.PostAsync($"/api/v1/orders/{orderId}/ready", null)).ShouldHaveStatus(HttpStatusCode.OK);
        await (await staff.PostAsJsonAsync($"/api/v1/orders/{orderId}/hand-over", new { pickupCode = order.GetProperty("pickupCode").GetString() }))
            .ShouldHaveStatus(HttpStatusCode.OK);
        var lineId = order.GetProperty("lines")[0].GetProperty("id").GetGuid();
        await (await erin.Client.PostAsJsonAsync("/api/v1/reviews", new { orderLineId = lineId, stars = 5, text = "Sweet and soft, lovely with tea." }))
            .ShouldHaveStatus(HttpStatusCode.Created);

        await (await erin.Client.PostAsJsonAsync("/api/v1/me/delete", new { password = PlazaFactory.Password, content }))
            .ShouldHaveStatus(HttpStatusCode.NoContent);

        var reviews = await (await factory.Anonymous().GetAsync($"/api/v1/products/{product.Id}/reviews")).ShouldHaveStatus(HttpStatusCode.OK);
        reviews.GetProperty("items").GetArrayLength().ShouldBe(reviewsLeft);
    }
}
