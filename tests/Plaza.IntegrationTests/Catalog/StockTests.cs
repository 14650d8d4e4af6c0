using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Plaza.IntegrationTests.Infrastructure;
using Plaza.Web.Modules.Catalog;

namespace Plaza.IntegrationTests.Catalog;

public sealed class StockTests(PlazaFactory factory) : IClassFixture<PlazaFactory>
{
    private async Task<(Guid StoreId, Guid SkuId, HttpClient Staff)> ArrangeAsync(int stock)
    {
        var store = await factory.StoreAsync();
        var product = await factory.ProductAsync(store, await factory.CategoryAsync(), "Free-range Eggs", "", new SkuSpec("SIX", 320, stock));
        return (store.Id, product.Skus.Single().Id, await factory.CreateStaffAsync(store.Id));
    }

    private async Task<int> StockAsync(Guid storeId, Guid skuId)
    {
        await using var scope = factory.Db();
        return (await scope.Db.Set<StoreOffer>().AsNoTracking().SingleAsync(o => o.StoreId == storeId && o.SkuId == skuId)).Stock;
    }

    [Fact]
    public async Task Staff_receive_stock()
    {
        var (storeId, skuId, staff) = await ArrangeAsync(stock: 10);

        var response = await staff.PostAsJsonAsync($"/api/v1/stores/{storeId}/stock-adjustments", new { skuId, delta = 5 });

        (await response.ShouldHaveStatus(HttpStatusCode.OK)).GetProperty("stock").GetInt32().ShouldBe(15);
        (await StockAsync(storeId, skuId)).ShouldBe(15);
    }

    [Fact]
    public async Task Writing_off_down_to_exactly_zero_is_allowed()
    {
        var (storeId, skuId, staff) = await ArrangeAsync(stock: 10);

        await (await staff.PostAsJsonAsync($"/api/v1/stores/{storeId}/stock-adjustments", new { skuId, delta = -10 })).ShouldHaveStatus(HttpStatusCode.OK);

        (await StockAsync(storeId, skuId)).ShouldBe(0);
    }

    [Fact]
    public async Task Writing_off_more_than_is_in_stock_is_a_409_stock_below_zero_and_stock_is_unchanged()
    {
        var (storeId, skuId, staff) = await ArrangeAsync(stock: 10);

        var response = await staff.PostAsJsonAsync($"/api/v1/stores/{storeId}/stock-adjustments", new { skuId, delta = -11 });

        await response.ShouldBeProblem(HttpStatusCode.Conflict, "stock_below_zero");
        (await StockAsync(storeId, skuId)).ShouldBe(10);
    }

    [Fact]
    public async Task A_failed_write_off_does_not_apply_the_listing_change_sent_with_it()
    {
        var (storeId, skuId, staff) = await ArrangeAsync(stock: 2);

        var response = await staff.PostAsJsonAsync($"/api/v1/stores/{storeId}/stock-adjustments", new { skuId, delta = -3, listed = false });

        await response.ShouldBeProblem(HttpStatusCode.Conflict, "stock_below_zero");
        await using var scope = factory.Db();
        var offer = await scope.Db.Set<StoreOffer>().AsNoTracking().SingleAsync(o => o.StoreId == storeId && o.SkuId == skuId);
        (offer.Stock, offer.Listed).ShouldBe((2, true));
    }

    [Theory]
    [InlineData("1.5")]
    [InlineData("\"five\"")]
    [InlineData("1e3")]
    public async Task A_delta_that_is_not_a_whole_number_is_a_400_naming_delta(string delta)
    {
        var (storeId, skuId, staff) = await ArrangeAsync(stock: 10);
        var json = $$"""{ "skuId": "{{skuId}}", "delta": {{delta}} }""";

        var response = await staff.PostAsync($"/api/v1/stores/{storeId}/stock-adjustments",
            new StringContent(json, System.Text.Encoding.UTF8, "application/json"));

        await response.ShouldBeValidationProblem("delta");
        (await StockAsync(storeId, skuId)).ShouldBe(10);
    }

    [Fact]
    public async Task A_shopper_adjusting_stock_gets_404_and_stock_is_unchanged()
    {
        var (storeId, skuId, _) = await ArrangeAsync(stock: 10);
        var shopper = await factory.CreateShopperAsync();

        await (await shopper.PostAsJsonAsync($"/api/v1/stores/{storeId}/stock-adjustments", new { skuId, delta = 100 }))
            .ShouldHaveStatus(HttpStatusCode.NotFound);

        (await StockAsync(storeId, skuId)).ShouldBe(10);
    }
}
