using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Plaza.IntegrationTests.Infrastructure;
using Plaza.IntegrationTests.Ordering;
using Plaza.Web.Modules.Ordering;
using Plaza.Web.Modules.Ordering.Contracts;

namespace Plaza.IntegrationTests.Notes;

/// <summary>An order that starts from a note (its Buy link) is attributed to the note; the author sees how many.</summary>
public sealed partial class NoteOrderTests(PlazaFactory factory) : IClassFixture<PlazaFactory>
{
    private async Task<(Plaza.Web.Modules.Stores.Store Store, Plaza.Web.Modules.Catalog.Product Product, Guid NoteId, TestAccount Author)>
        NoteWithProductAsync()
    {
        var store = await factory.StoreAsync();
        var product = await factory.ProductAsync(store, await factory.CategoryAsync(), TestData.Unique("Sourdough"), "", new SkuSpec("STD", 450, 20));
        var author = await factory.CreateAccountAsync(displayName: "Ana");
        var note = await (await author.Client.PostAsJsonAsync("/api/v1/notes",
            new { title = "Best loaf", body = "Get it early.", products = new[] { new { productId = product.Id, storeId = store.Id } } }))
                .ShouldHaveStatus(HttpStatusCode.Created);
        return (store, product, note.GetProperty("id").GetGuid(), author);
    }

    private async Task<int> CountAsync(Guid noteId)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<INoteOrders>().OrdersStartedFrom(noteId, CancellationToken.None);
    }

    private static object Order(Guid storeId, Guid pickupPointId, Guid skuId, string? noteId) =>
        new { storeId, fulfilment = "pickup", pickupPointId, lines = new[] { new { skuId, quantity = 1, noteId } } };

    [Fact]
    public async Task An_order_placed_with_a_notes_id_is_attributed_and_counts_for_the_author_once_paid()
    {
        var (store, product, noteId, _) = await NoteWithProductAsync();
        var shopper = await factory.CreateShopperAsync();

        var placed = await (await shopper.PostAsJsonAsync("/api/v1/orders", Order(store.Id, store.PickupPoints[0].Id, product.Skus[0].Id, noteId.ToString())))
            .ShouldHaveStatus(HttpStatusCode.Created);
        var orderId = placed.GetProperty("id").GetGuid();
        var unpaid = await CountAsync(noteId);
        await factory.PayAsync(shopper, orderId);

        placed.GetProperty("lines")[0].GetProperty("sourceNoteId").GetGuid().ShouldBe(noteId);
        (await factory.OrderAsync(orderId)).Lines.Single().SourceNoteId.ShouldBe(noteId);
        unpaid.ShouldBe(0);
        (await CountAsync(noteId)).ShouldBe(1);
    }

    [Fact]
    public async Task An_unknown_unreadable_or_untagging_note_id_is_ignored_and_the_order_still_goes_through()
    {
        var (store, product, _, _) = await NoteWithProductAsync();
        var (_, _, otherNoteId, _) = await NoteWithProductAsync(); // tags a different product
        var shopper = await factory.CreateShopperAsync();
        var sku = product.Skus[0].Id;

        foreach (var noteId in new[] { Guid.NewGuid().ToString(), "not-a-note", otherNoteId.ToString() })
        {
            var placed = await (await shopper.PostAsJsonAsync("/api/v1/orders", Order(store.Id, store.PickupPoints[0].Id, sku, noteId)))
                .ShouldHaveStatus(HttpStatusCode.Created);
            placed.GetProperty("lines")[0].GetProperty("sourceNoteId").ValueKind.ShouldBe(JsonValueKind.Null);
        }
        await (await shopper.PostAsJsonAsync("/api/v1/orders", Order(store.Id, store.PickupPoints[0].Id, sku, new string('x', 65))))
            .ShouldBeValidationProblem("lines[0].noteId");
        (await CountAsync(otherNoteId)).ShouldBe(0);
    }

    [Fact]
    public async Task A_cancelled_order_does_not_count()
    {
        var (store, product, noteId, _) = await NoteWithProductAsync();
        var shopper = await factory.CreateShopperAsync();
        var placed = await (await shopper.PostAsJsonAsync("/api/v1/orders", Order(store.Id, store.PickupPoints[0].Id, product.Skus[0].Id, noteId.ToString())))
            .ShouldHaveStatus(HttpStatusCode.Created);
        var orderId = placed.GetProperty("id").GetGuid();
        await factory.PayAsync(shopper, orderId);
        var paid = await CountAsync(noteId);

        await (await shopper.PostAsync($"/api/v1/orders/{orderId}/cancel", null)).ShouldHaveStatus(HttpStatusCode.OK);

        paid.ShouldBe(1);
        (await CountAsync(noteId)).ShouldBe(0);
    }

    [Fact]
    public async Task The_cart_remembers_the_note_a_product_page_was_opened_from()
    {
        var (store, product, noteId, _) = await NoteWithProductAsync();
        using var browser = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

        var page = await browser.GetStringAsync($"/stores/{store.Id}/products/{product.Id}?note={noteId}");
        var token = Token().Match(page).Groups[1].Value;
        var added = await browser.PostAsync("/cart/add", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token, ["storeId"] = store.Id.ToString(), ["skuId"] = product.Skus[0].Id.ToString(),
            ["quantity"] = "1", ["note"] = noteId.ToString(), ["returnUrl"] = $"/stores/{store.Id}/products/{product.Id}?note={noteId}",
        }));

        page.ShouldContain($"name=\"note\" value=\"{noteId}\"");
        added.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        await using var scope = factory.Db();
        var line = await scope.Db.Set<CartLine>().AsNoTracking().SingleAsync(l => l.SkuId == product.Skus[0].Id);
        line.SourceNoteId.ShouldBe(noteId);
    }

    [Fact]
    public async Task The_api_cart_keeps_the_note_and_the_privacy_export_shows_it()
    {
        var (store, product, noteId, _) = await NoteWithProductAsync();
        var shopper = await factory.CreateAccountAsync();

        var cart = await (await shopper.Client.PutAsJsonAsync("/api/v1/cart/lines",
            new { storeId = store.Id, skuId = product.Skus[0].Id, quantity = 2, noteId }))
            .ShouldHaveStatus(HttpStatusCode.OK);
        var placed = await (await shopper.Client.PostAsJsonAsync("/api/v1/orders",
            Order(store.Id, store.PickupPoints[0].Id, product.Skus[0].Id, noteId.ToString())))
            .ShouldHaveStatus(HttpStatusCode.Created);
        var export = await (await shopper.Client.GetAsync("/api/v1/me/export")).ShouldHaveStatus(HttpStatusCode.OK);

        cart.GetProperty("lines")[0].GetProperty("sourceNoteId").GetGuid().ShouldBe(noteId);
        export.GetRawText().ShouldContain(noteId.ToString());
        placed.GetProperty("id").GetGuid().ShouldNotBe(Guid.Empty);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();
}
