using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Plaza.IntegrationTests.Infrastructure;
using Plaza.IntegrationTests.Ordering;
using Plaza.Web.Modules.Loyalty;

namespace Plaza.IntegrationTests.Loyalty;

/// <summary>Points for a review with photos and for a friend who signs up through a share link, each once.</summary>
public sealed class EarningTests(PlazaFactory factory) : IClassFixture<PlazaFactory>
{
    [Fact]
    public async Task A_published_review_with_a_photo_earns_points_once_and_one_without_photos_earns_none()
    {
        var store = await factory.StoreAsync();
        var product = await factory.ProductAsync(store, await factory.CategoryAsync(), "Sourdough loaf", "", new SkuSpec("LOAF", 250, 20));
        var shopper = await factory.CreateAccountAsync();
        var staff = await factory.CreateStaffAsync(store.Id);
        var order = await shopper.Client.PlacePickupOrderAsync(store.Id, store.PickupPoints[0].Id, (product.Skus[0].Id, 2));
        var orderId = order.GetProperty("id").GetGuid();
        await factory.CompleteAsync(shopper.Client, staff, orderId);
        var lineId = (await factory.OrderAsync(orderId)).Lines[0].Id;

        var review = await (await shopper.Client.PostAsJsonAsync("/api/v1/reviews", new { orderLineId = lineId, stars = 5, text = "Lovely crust." }))
            .ShouldHaveStatus(HttpStatusCode.Created);
        await factory.DispatchAsync();
        var before = await factory.LedgerAsync(shopper.Id);
        before.Entries.ShouldNotContain(e => e.Kind == PointsKind.ReviewPhotos);

        var png = TinyPng.Create(2, 2);
        var id = review.GetProperty("id").GetGuid();
        foreach (var name in new[] { "a.png", "b.png" })
            await (await shopper.Client.PostAsync($"/api/v1/reviews/{id}/photos", new MultipartFormDataContent { { new ByteArrayContent(png), "file", name } }))
                .ShouldHaveStatus(HttpStatusCode.Created);
        await factory.DispatchAsync();

        var after = await factory.LedgerAsync(shopper.Id);
        after.Entries.Where(e => e.Kind == PointsKind.ReviewPhotos).Select(e => e.Amount).ShouldBe([20]);
        after.Balance.ShouldBe(before.Balance + 20);
        after.Growth.ShouldBe(before.Growth + 5);
    }

    [Fact]
    public async Task A_friend_signing_up_through_my_link_earns_me_points_once()
    {
        var store = await factory.StoreAsync();
        var product = await factory.ProductAsync(store, await factory.CategoryAsync(), "Plum jam");
        var sharer = await factory.CreateAccountAsync();
        var code = (await (await sharer.Client.PostAsJsonAsync("/api/v1/share-links", new { kind = "product", targetId = product.Id, storeId = store.Id }))
            .ShouldHaveStatus(HttpStatusCode.OK)).GetProperty("code").GetString()!;

        var browser = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        await browser.GetAsync($"/s/{code}");
        await (await browser.PostAsJsonAsync("/api/v1/auth/register",
            new { login = $"friend-{Guid.NewGuid():N}@example.com", password = PlazaFactory.Password, displayName = "Friend" }))
                .ShouldHaveStatus(HttpStatusCode.Created);
        await factory.DispatchAsync();
        await factory.DispatchAsync();

        var points = await sharer.Client.PointsAsync();
        points.GetProperty("balance").GetInt64().ShouldBe(100);
        points.GetProperty("history")[0].GetProperty("kind").GetString().ShouldBe("invitation");
        (await factory.LedgerAsync(sharer.Id)).Entries.Count(e => e.Kind == PointsKind.Invitation).ShouldBe(1);
    }

    [Fact]
    public async Task Points_and_membership_need_a_sign_in_and_the_tiers_are_public()
    {
        var anonymous = factory.Anonymous();
        (await anonymous.GetAsync("/api/v1/points")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await anonymous.PostAsync("/api/v1/points/check-ins", null)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        var tiers = await (await anonymous.GetAsync("/api/v1/memberships/tiers")).ShouldHaveStatus(HttpStatusCode.OK);
        tiers.EnumerateArray().Select(t => t.GetProperty("name").GetString()).ShouldBe(["Member", "Silver", "Gold"]);
    }
}
