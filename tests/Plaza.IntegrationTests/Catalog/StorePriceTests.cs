using System.Net;
using System.Net.Http.Json;
using Plaza.IntegrationTests.Infrastructure;

namespace Plaza.IntegrationTests.Catalog;

public sealed class StorePriceTests(PlazaFactory factory) : IClassFixture<PlazaFactory>
{
    [Fact]
    public async Task A_store_sells_at_its_own_price_until_staff_go_back_to_the_usual_one()
    {
        var store = await factory.StoreAsync();
        var sister = await factory.SisterStoreAsync(store);
        var product = await factory.ProductAsync(store, await factory.CategoryAsync(), "Local honey", "", new SkuSpec("HONEY", 650, 5));
        var sku = product.Skus[0].Id;
        await using (var scope = factory.Db())
        {
            scope.Db.Add(Plaza.Web.Modules.Catalog.StoreOffer.Create(sister.Id, sku, product.Id, 5));
            await scope.Db.SaveChangesAsync();
        }
        var staff = await factory.CreateStaffAsync(store.Id);

        var set = await (await staff.PutAsJsonAsync($"/api/v1/stores/{store.Id}/prices", new { skuId = sku, priceMinor = 499 }))
            .ShouldHaveStatus(HttpStatusCode.OK);
        var here = await (await factory.Anonymous().GetAsync($"/api/v1/products/{product.Id}?storeId={store.Id}")).ShouldHaveStatus(HttpStatusCode.OK);
        var there = await (await factory.Anonymous().GetAsync($"/api/v1/products/{product.Id}?storeId={sister.Id}")).ShouldHaveStatus(HttpStatusCode.OK);

        set.GetProperty("ownPrice").GetBoolean().ShouldBeTrue();
        here.GetProperty("skus")[0].GetProperty("priceMinor").GetInt64().ShouldBe(499);
        there.GetProperty("skus")[0].GetProperty("priceMinor").GetInt64().ShouldBe(650);

        var reset = await (await staff.PutAsJsonAsync($"/api/v1/stores/{store.Id}/prices", new { skuId = sku, priceMinor = (long?)null }))
            .ShouldHaveStatus(HttpStatusCode.OK);
        reset.GetProperty("priceMinor").GetInt64().ShouldBe(650);
        reset.GetProperty("ownPrice").GetBoolean().ShouldBeFalse();
    }

    [Fact]
    public async Task A_negative_price_is_refused_and_a_shopper_cannot_set_prices()
    {
        var store = await factory.StoreAsync();
        var product = await factory.ProductAsync(store, await factory.CategoryAsync(), "Tea", "", new SkuSpec("TEA", 300, 5));
        var staff = await factory.CreateStaffAsync(store.Id);
        var shopper = await factory.CreateShopperAsync();

        await (await staff.PutAsJsonAsync($"/api/v1/stores/{store.Id}/prices", new { skuId = product.Skus[0].Id, priceMinor = -1 }))
            .ShouldBeValidationProblem("priceMinor");
        (await shopper.PutAsJsonAsync($"/api/v1/stores/{store.Id}/prices", new { skuId = product.Skus[0].Id, priceMinor = 1 }))
            .StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }
}
