using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Plaza.IntegrationTests.Infrastructure;
using Plaza.IntegrationTests.Ordering;
using Plaza.Web.Modules.Moderation.Contracts;
using Plaza.Web.Modules.Reviews;

namespace Plaza.IntegrationTests.Reviews;

public sealed class ReviewTests(PlazaFactory factory) : IClassFixture<PlazaFactory>
{
    private sealed record Bought(Guid StoreId, Guid ProductId, Guid OrderId, Guid LineId, TestAccount Shopper, HttpClient Staff);

    /// <summary>A shopper buys one product for pickup, pays on the sandbox, and the staff prepare it and hand it over.</summary>
    private async Task<Bought> BuyAsync(bool complete = true, Guid? productId = null, Plaza.Web.Modules.Stores.Store? inStore = null,
        HttpClient? staffClient = null)
    {
        var store = inStore ?? await factory.StoreAsync();
        Guid skuId;
        if (productId is null)
        {
            var product = await factory.ProductAsync(store, await factory.CategoryAsync(), TestData.Unique("Sourdough loaf"));
            productId = product.Id;
            skuId = product.Skus[0].Id;
        }
        else
        {
            await using var scope = factory.Db();
            skuId = await scope.Db.Set<Plaza.Web.Modules.Catalog.StoreOffer>().Where(o => o.StoreId == store.Id && o.ProductId == productId)
                .Select(o => o.SkuId).FirstAsync();
        }
        var shopper = await factory.CreateAccountAsync(displayName: "Ana");
        var staff = staffClient ?? await factory.CreateStaffAsync(store.Id);
        var order = await shopper.Client.PlacePickupOrderAsync(store.Id, store.PickupPoints[0].Id, (skuId, 1));
        var orderId = order.GetProperty("id").GetGuid();
        var lineId = (await factory.OrderAsync(orderId)).Lines[0].Id;
        if (complete)
        {
            await factory.PayAsync(shopper.Client, orderId);
            var paid = await (await shopper.Client.GetAsync($"/api/v1/orders/{orderId}")).ShouldHaveStatus(HttpStatusCode.OK);
            await (await staff.PostAsync($"/api/v1/orders/{orderId}/prepare", null)).ShouldHaveStatus(HttpStatusCode.OK);
            await (await staff.PostAsync($"/api/v1/orders/{orderId}/ready", null)).ShouldHaveStatus(HttpStatusCode.OK);
            await (await staff.PostAsJsonAsync($"/api/v1/orders/{orderId}/hand-over", new { pickupCode = paid.GetProperty("pickupCode").GetString() }))
                .ShouldHaveStatus(HttpStatusCode.OK);
        }
        return new Bought(store.Id, productId.Value, orderId, lineId, shopper, staff);
    }

    private static Task<HttpResponseMessage> ReviewAsync(HttpClient client, Guid lineId, int stars = 5, string? text = "Lovely crust, still warm.") =>
        client.PostAsJsonAsync("/api/v1/reviews", new { orderLineId = lineId, stars, text });

    private static async Task<Guid> ReviewIdAsync(HttpClient client, Guid lineId, int stars = 5, string? text = "Lovely crust, still warm.") =>
        (await (await ReviewAsync(client, lineId, stars, text)).ShouldHaveStatus(HttpStatusCode.Created)).GetProperty("id").GetGuid();

    private async Task<JsonElement> ProductReviewsAsync(Guid productId, string query = "") =>
        await (await factory.Anonymous().GetAsync($"/api/v1/products/{productId}/reviews{query}")).ShouldHaveStatus(HttpStatusCode.OK);

    private async Task<int> StoredReviews(Guid lineId)
    {
        await using var scope = factory.Db();
        return await scope.Db.Set<Review>().CountAsync(r => r.OrderLineId == lineId);
    }

    [Fact]
    public async Task A_review_without_a_completed_order_is_refused()
    {
        var bought = await BuyAsync(complete: false);

        var response = await ReviewAsync(bought.Shopper.Client, bought.LineId);

        await response.ShouldBeProblem(HttpStatusCode.Conflict, "order_not_completed");
        (await StoredReviews(bought.LineId)).ShouldBe(0);
    }

    [Fact]
    public async Task A_shopper_reviews_a_completed_line_once_and_it_is_shown_as_a_verified_purchase()
    {
        var bought = await BuyAsync();
        var reviewable = await (await bought.Shopper.Client.GetAsync("/api/v1/me/reviewable")).ShouldHaveStatus(HttpStatusCode.OK);

        var created = await (await ReviewAsync(bought.Shopper.Client, bought.LineId, 4)).ShouldHaveStatus(HttpStatusCode.Created);
        var second = await ReviewAsync(bought.Shopper.Client, bought.LineId, 1, "Changed my mind");
        var reviewableAfter = await (await bought.Shopper.Client.GetAsync("/api/v1/me/reviewable")).ShouldHaveStatus(HttpStatusCode.OK);
        var listed = await ProductReviewsAsync(bought.ProductId);

        reviewable.EnumerateArray().Select(l => l.GetProperty("orderLineId").GetGuid()).ShouldBe([bought.LineId]);
        created.GetProperty("status").GetString().ShouldBe("published");
        await second.ShouldBeProblem(HttpStatusCode.Conflict, "already_reviewed");
        reviewableAfter.GetArrayLength().ShouldBe(0);
        var item = listed.GetProperty("items").EnumerateArray().Single();
        item.GetProperty("stars").GetInt32().ShouldBe(4);
        item.GetProperty("authorName").GetString().ShouldBe("Ana");
        item.GetProperty("verifiedPurchase").GetBoolean().ShouldBeTrue();
        item.GetProperty("edited").GetBoolean().ShouldBeFalse();
        (await StoredReviews(bought.LineId)).ShouldBe(1);
    }

    [Fact]
    public async Task Reviewing_someone_elses_order_line_is_not_found()
    {
        var bought = await BuyAsync();
        var stranger = await factory.CreateShopperAsync();

        var response = await ReviewAsync(stranger, bought.LineId);
        var unknown = await ReviewAsync(stranger, Guid.NewGuid());

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        unknown.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await StoredReviews(bought.LineId)).ShouldBe(0);
    }

    [Fact]
    public async Task Stars_outside_one_to_five_and_text_over_2000_characters_are_refused_naming_the_field()
    {
        var bought = await BuyAsync();

        await (await ReviewAsync(bought.Shopper.Client, bought.LineId, 0)).ShouldBeValidationProblem("stars");
        await (await ReviewAsync(bought.Shopper.Client, bought.LineId, 6)).ShouldBeValidationProblem("stars");
        await (await ReviewAsync(bought.Shopper.Client, bought.LineId, 5, new string('a', 2001))).ShouldBeValidationProblem("text");
        (await StoredReviews(bought.LineId)).ShouldBe(0);
    }

    [Fact]
    public async Task The_summary_gives_the_average_to_one_decimal_and_the_count_per_star()
    {
        var first = await BuyAsync();
        var store = await StoreOf(first.StoreId);
        var others = new List<Bought>();
        for (var i = 0; i < 2; i++) others.Add(await BuyAsync(productId: first.ProductId, inStore: store, staffClient: first.Staff));
        await ReviewIdAsync(first.Shopper.Client, first.LineId, 5);
        await ReviewIdAsync(others[0].Shopper.Client, others[0].LineId, 4);
        await ReviewIdAsync(others[1].Shopper.Client, others[1].LineId, 4, text: null); // stars alone are a review

        var page = await ProductReviewsAsync(first.ProductId);

        var summary = page.GetProperty("summary");
        summary.GetProperty("average").GetDouble().ShouldBe(4.3);
        summary.GetProperty("count").GetInt32().ShouldBe(3);
        var stars = summary.GetProperty("stars");
        Enumerable.Range(1, 5).Select(s => stars.GetProperty(s.ToString()).GetInt32()).ShouldBe([0, 0, 0, 2, 1]);
        page.GetProperty("items").GetArrayLength().ShouldBe(3);
    }

    [Fact]
    public async Task Helpful_votes_count_once_per_account_not_by_the_author_and_can_be_taken_back()
    {
        var bought = await BuyAsync();
        var id = await ReviewIdAsync(bought.Shopper.Client, bought.LineId);
        var neighbour = await factory.CreateShopperAsync();
        var another = await factory.CreateShopperAsync();

        await (await neighbour.PostAsync($"/api/v1/reviews/{id}/helpful", null)).ShouldHaveStatus(HttpStatusCode.OK);
        var twice = await (await neighbour.PostAsync($"/api/v1/reviews/{id}/helpful", null)).ShouldHaveStatus(HttpStatusCode.OK);
        var byAnother = await (await another.PostAsync($"/api/v1/reviews/{id}/helpful", null)).ShouldHaveStatus(HttpStatusCode.OK);
        var byAuthor = await bought.Shopper.Client.PostAsync($"/api/v1/reviews/{id}/helpful", null);
        var takenBack = await (await another.DeleteAsync($"/api/v1/reviews/{id}/helpful")).ShouldHaveStatus(HttpStatusCode.OK);
        var takenBackAgain = await (await another.DeleteAsync($"/api/v1/reviews/{id}/helpful")).ShouldHaveStatus(HttpStatusCode.OK);
        var listed = await ProductReviewsAsync(bought.ProductId);

        twice.GetProperty("helpfulCount").GetInt32().ShouldBe(1);
        byAnother.GetProperty("helpfulCount").GetInt32().ShouldBe(2);
        await byAuthor.ShouldBeProblem(HttpStatusCode.Conflict, "own_review");
        takenBack.GetProperty("helpfulCount").GetInt32().ShouldBe(1);
        takenBackAgain.GetProperty("helpfulCount").GetInt32().ShouldBe(1);
        listed.GetProperty("items")[0].GetProperty("helpfulCount").GetInt32().ShouldBe(1);
        await using var scope = factory.Db();
        (await scope.Db.Set<HelpfulVote>().CountAsync(v => v.ReviewId == id)).ShouldBe(1);
    }

    [Fact]
    public async Task The_most_helpful_review_comes_first_and_newest_sorts_by_date()
    {
        var first = await BuyAsync();
        var second = await BuyAsync(productId: first.ProductId, inStore: await StoreOf(first.StoreId), staffClient: first.Staff);
        var older = await ReviewIdAsync(first.Shopper.Client, first.LineId, 5, "Older and helpful");
        factory.Clock.Advance(TimeSpan.FromMinutes(1));
        var newer = await ReviewIdAsync(second.Shopper.Client, second.LineId, 3, "Newer");
        await (await (await factory.CreateShopperAsync()).PostAsync($"/api/v1/reviews/{older}/helpful", null)).ShouldHaveStatus(HttpStatusCode.OK);

        var helpful = await ProductReviewsAsync(first.ProductId);
        var newest = await ProductReviewsAsync(first.ProductId, "?sort=newest");
        var badSort = await factory.Anonymous().GetAsync($"/api/v1/products/{first.ProductId}/reviews?sort=stars");

        helpful.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetGuid()).ShouldBe([older, newer]);
        newest.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetGuid()).ShouldBe([newer, older]);
        await badSort.ShouldBeValidationProblem("sort");
    }

    [Fact]
    public async Task The_author_edits_within_7_days_but_not_after()
    {
        var bought = await BuyAsync();
        var id = await ReviewIdAsync(bought.Shopper.Client, bought.LineId, 3, "Good bread");
        var stranger = await factory.CreateShopperAsync();

        var byStranger = await stranger.PutAsJsonAsync($"/api/v1/reviews/{id}", new { stars = 1, text = "Mine now" });
        factory.Clock.Advance(TimeSpan.FromDays(6));
        var edited = await (await bought.Shopper.Client.PutAsJsonAsync($"/api/v1/reviews/{id}", new { stars = 4, text = "Even better the next day" }))
            .ShouldHaveStatus(HttpStatusCode.OK);
        factory.Clock.Advance(TimeSpan.FromDays(1) + TimeSpan.FromMinutes(1));
        var late = await bought.Shopper.Client.PutAsJsonAsync($"/api/v1/reviews/{id}", new { stars = 1, text = "Too late" });

        byStranger.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        edited.GetProperty("stars").GetInt32().ShouldBe(4);
        edited.GetProperty("edited").GetBoolean().ShouldBeTrue();
        await late.ShouldBeProblem(HttpStatusCode.Conflict, "edit_window_closed");
        await using var scope = factory.Db();
        var stored = await scope.Db.Set<Review>().SingleAsync(r => r.Id == id);
        (stored.Stars, stored.Text).ShouldBe((4, "Even better the next day"));
    }

    [Fact]
    public async Task The_store_replies_once_and_only_its_staff_may()
    {
        var bought = await BuyAsync();
        var id = await ReviewIdAsync(bought.Shopper.Client, bought.LineId);
        var otherStaff = await factory.CreateStaffAsync((await factory.StoreAsync()).Id);

        var byOtherStore = await otherStaff.PostAsJsonAsync($"/api/v1/reviews/{id}/reply", new { text = "Thanks!" });
        var byAuthor = await bought.Shopper.Client.PostAsJsonAsync($"/api/v1/reviews/{id}/reply", new { text = "Thanks!" });
        var empty = await bought.Staff.PostAsJsonAsync($"/api/v1/reviews/{id}/reply", new { text = "" });
        var tooLong = await bought.Staff.PostAsJsonAsync($"/api/v1/reviews/{id}/reply", new { text = new string('x', 1001) });
        await (await bought.Staff.PostAsJsonAsync($"/api/v1/reviews/{id}/reply", new { text = "Thank you, see you Saturday!" }))
            .ShouldHaveStatus(HttpStatusCode.OK);
        var again = await bought.Staff.PostAsJsonAsync($"/api/v1/reviews/{id}/reply", new { text = "And again" });
        var listed = await ProductReviewsAsync(bought.ProductId);

        byOtherStore.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        byAuthor.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        await empty.ShouldBeValidationProblem("text");
        await tooLong.ShouldBeValidationProblem("text");
        await again.ShouldBeProblem(HttpStatusCode.Conflict, "already_replied");
        listed.GetProperty("items")[0].GetProperty("reply").GetProperty("text").GetString().ShouldBe("Thank you, see you Saturday!");
    }

    [Fact]
    public async Task A_blocked_phrase_is_refused_naming_text_and_nothing_is_stored()
    {
        var bought = await BuyAsync();

        var response = await ReviewAsync(bought.Shopper.Client, bought.LineId, 5, "Great bread. Claim your prize: free bitcoin for every buyer!");

        await response.ShouldBeValidationProblem("text");
        (await StoredReviews(bought.LineId)).ShouldBe(0);
    }

    [Fact]
    public async Task A_review_the_pipeline_holds_is_stored_but_not_shown_publicly()
    {
        var bought = await BuyAsync();
        await using var holding = factory.WithWebHostBuilder(b => b.ConfigureTestServices(s =>
        {
            s.RemoveAll<IContentPipeline>();
            s.AddSingleton<IContentPipeline>(new HoldingPipeline());
        }));
        var client = holding.CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", bought.Shopper.Token);

        var created = await (await client.PostAsJsonAsync("/api/v1/reviews", new { orderLineId = bought.LineId, stars = 2, text = "Not sure about this one" }))
            .ShouldHaveStatus(HttpStatusCode.Created);
        var listed = await ProductReviewsAsync(bought.ProductId);
        var page = await factory.Anonymous().GetStringAsync($"/stores/{bought.StoreId}/products/{bought.ProductId}");

        created.GetProperty("status").GetString().ShouldBe("pending");
        listed.GetProperty("items").GetArrayLength().ShouldBe(0);
        listed.GetProperty("summary").GetProperty("count").GetInt32().ShouldBe(0);
        page.ShouldNotContain("Not sure about this one");
        await using var scope = factory.Db();
        (await scope.Db.Set<Review>().SingleAsync(r => r.OrderLineId == bought.LineId)).Status.ShouldBe(ReviewStatus.Pending);
    }

    [Theory]
    [InlineData("The bread was lovely and the crust stayed crisp until dinner <script>alert('x')</script> we will buy it again")]
    [InlineData("The bread was lovely and the crust stayed crisp until dinner '; DROP TABLE reviews; -- we will buy it again")]
    [InlineData("The bread was lovely and the crust stayed crisp until dinner <img src=x onerror=alert(1)> we will buy it again")]
    public async Task Hostile_strings_are_stored_as_written_and_shown_as_text(string text)
    {
        var bought = await BuyAsync();

        var created = await (await ReviewAsync(bought.Shopper.Client, bought.LineId, 5, text)).ShouldHaveStatus(HttpStatusCode.Created);
        created.GetProperty("status").GetString().ShouldBe("published");
        var listed = await ProductReviewsAsync(bought.ProductId);
        var page = await factory.Anonymous().GetStringAsync($"/stores/{bought.StoreId}/products/{bought.ProductId}");

        listed.GetProperty("items")[0].GetProperty("text").GetString().ShouldBe(text);
        var open = text.IndexOf('<');
        if (open >= 0)
        {
            var tag = text[open..(text.IndexOf('>') + 1)];
            page.ShouldNotContain(tag);
            page.ShouldContain("&lt;" + new string(tag.Skip(1).TakeWhile(char.IsLetter).ToArray()));
        }
        else page.ShouldContain("DROP TABLE reviews");
    }

    [Fact]
    public async Task Right_to_left_overrides_in_a_review_are_refused_naming_text()
    {
        var bought = await BuyAsync();

        var response = await ReviewAsync(bought.Shopper.Client, bought.LineId, 5, "Nice \u202Ebread");

        await response.ShouldBeValidationProblem("text");
        (await StoredReviews(bought.LineId)).ShouldBe(0);
    }

    [Fact]
    public async Task A_photo_is_added_to_a_review_and_a_non_picture_is_refused()
    {
        var bought = await BuyAsync();
        var id = await ReviewIdAsync(bought.Shopper.Client, bought.LineId);
        var png = TinyPng.Create(2, 2);

        var added = await (await bought.Shopper.Client.PostAsync($"/api/v1/reviews/{id}/photos", File(png, "crumb.png")))
            .ShouldHaveStatus(HttpStatusCode.Created);
        var text = await bought.Shopper.Client.PostAsync($"/api/v1/reviews/{id}/photos", File("not a picture"u8.ToArray(), "x.png"));
        var listed = await ProductReviewsAsync(bought.ProductId);

        await text.ShouldBeValidationProblem("file");
        listed.GetProperty("items")[0].GetProperty("photoUrls").EnumerateArray().Select(u => u.GetString()).ShouldBe([added.GetProperty("url").GetString()]);
    }

    [Fact]
    public async Task A_zero_byte_photo_on_a_review_is_a_400_naming_file()
    {
        var bought = await BuyAsync();
        var id = await ReviewIdAsync(bought.Shopper.Client, bought.LineId);

        var response = await bought.Shopper.Client.PostAsync($"/api/v1/reviews/{id}/photos", File([], "empty.png"));

        await response.ShouldBeValidationProblem("file");
        var listed = await ProductReviewsAsync(bought.ProductId);
        listed.GetProperty("items")[0].GetProperty("photoUrls").GetArrayLength().ShouldBe(0);
    }

    private static MultipartFormDataContent File(byte[] bytes, string name) => new() { { new ByteArrayContent(bytes), "file", name } };

    private async Task<Plaza.Web.Modules.Stores.Store> StoreOf(Guid storeId)
    {
        await using var scope = factory.Db();
        return await scope.Db.Set<Plaza.Web.Modules.Stores.Store>().AsNoTracking().Include(s => s.PickupPoints).SingleAsync(s => s.Id == storeId);
    }

    /// <summary>A pipeline that is unsure about everything: every text waits for a moderator.</summary>
    private sealed class HoldingPipeline : IContentPipeline
    {
        public Task<ContentVerdict> Check(ContentSubmission submission, CancellationToken ct) =>
            Task.FromResult(new ContentVerdict(ContentDecision.Hold, [new(ContentReasons.SpamSuspected, "plainText")], 0.5));

        public string RenderMarkdown(string markdown) => markdown;
    }
}
