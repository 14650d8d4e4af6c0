using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Plaza.IntegrationTests.Infrastructure;
using Plaza.Web.Modules.Catalog;

namespace Plaza.IntegrationTests.Catalog;

public sealed class ProductTests(PlazaFactory factory) : IClassFixture<PlazaFactory>
{
    [Fact]
    public async Task A_product_is_shown_as_the_store_sells_it()
    {
        var store = await factory.StoreAsync();
        var category = await factory.CategoryAsync("Bakery");
        var product = await factory.ProductAsync(store, category, "Sourdough Loaf", "Baked this morning.",
            new SkuSpec("HALF", 250, Stock: 0, Label: "Half loaf"), new SkuSpec("WHOLE", 450, Stock: 7, Label: "Whole loaf"));

        var response = await factory.Anonymous().GetAsync($"/api/v1/products/{product.Id}?storeId={store.Id}");

        await response.ShouldHaveStatus(HttpStatusCode.OK);
        var detail = (await response.Content.ReadFromJsonAsync<ProductDetailDto>())!;
        detail.Name.ShouldBe("Sourdough Loaf");
        detail.CategoryName.ShouldBe("Bakery");
        detail.Skus.Select(s => (s.Code, s.PriceMinor, s.Stock, s.InStock)).ShouldBe([("HALF", 250L, 0, false), ("WHOLE", 450L, 7, true)]);
    }

    [Fact]
    public async Task A_product_is_404_at_a_store_that_does_not_list_it()
    {
        var store = await factory.StoreAsync();
        var sister = await factory.SisterStoreAsync(store);
        var stranger = await factory.StoreAsync();
        var product = await factory.ProductAsync(store, await factory.CategoryAsync(), "Sourdough Loaf");
        var client = factory.Anonymous();

        await (await client.GetAsync($"/api/v1/products/{product.Id}?storeId={store.Id}")).ShouldHaveStatus(HttpStatusCode.OK);
        await (await client.GetAsync($"/api/v1/products/{product.Id}?storeId={sister.Id}")).ShouldHaveStatus(HttpStatusCode.NotFound);
        await (await client.GetAsync($"/api/v1/products/{product.Id}?storeId={stranger.Id}")).ShouldHaveStatus(HttpStatusCode.NotFound);
        await (await client.GetAsync($"/api/v1/products/{Guid.NewGuid()}?storeId={store.Id}")).ShouldHaveStatus(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_product_detail_without_a_store_is_a_400_naming_storeId()
    {
        await (await factory.Anonymous().GetAsync($"/api/v1/products/{Guid.NewGuid()}")).ShouldBeValidationProblem("storeId");
    }

    private static object NewProduct(Guid storeId, Guid categoryId, string name = "Heather Honey") => new
    {
        storeId,
        categoryId,
        name,
        description = "Raw honey from hives on Hampstead Heath.",
        skus = new[]
        {
            new { code = "JAR-227", label = "227 g jar", priceMinor = 750L, stock = 12 },
            new { code = "JAR-454", label = "454 g jar", priceMinor = 1300L, stock = 4 },
        },
    };

    [Fact]
    public async Task Staff_create_a_product_with_its_SKUs_and_stock_and_it_is_searchable_at_once()
    {
        var store = await factory.StoreAsync();
        var category = await factory.CategoryAsync("Pantry");
        var staff = await factory.CreateStaffAsync(store.Id);

        var response = await staff.PostAsJsonAsync("/api/v1/products", NewProduct(store.Id, category.Id));

        await response.ShouldHaveStatus(HttpStatusCode.Created);
        var created = (await response.Content.ReadFromJsonAsync<ProductDetailDto>())!;
        response.Headers.Location!.OriginalString.ShouldBe($"/api/v1/products/{created.Id}?storeId={store.Id}");
        created.Skus.Count.ShouldBe(2);
        await using (var scope = factory.Db())
        {
            var product = await scope.Db.Set<Product>().AsNoTracking().Include(p => p.Skus).SingleAsync(p => p.Id == created.Id);
            product.MerchantId.ShouldBe(store.MerchantId);
            product.Skus.Select(s => (s.Code, s.PriceMinor, s.Currency)).ShouldBe([("JAR-227", 750L, "GBP"), ("JAR-454", 1300L, "GBP")], ignoreOrder: true);
            var offers = await scope.Db.Set<StoreOffer>().AsNoTracking().Where(o => o.ProductId == created.Id).ToListAsync();
            offers.ShouldAllBe(o => o.StoreId == store.Id && o.Listed);
            offers.Select(o => o.Stock).ShouldBe([12, 4], ignoreOrder: true);
        }
        (await factory.Anonymous().SearchNamesAsync(store.Id, "hampstead")).ShouldBe(["Heather Honey"]);
        (await factory.Anonymous().SearchNamesAsync(store.Id, "HEATH")).ShouldBe(["Heather Honey"]);
    }

    [Fact]
    public async Task Creating_a_product_as_a_shopper_or_staff_of_another_store_is_404_and_writes_nothing()
    {
        var store = await factory.StoreAsync();
        var other = await factory.StoreAsync();
        var category = await factory.CategoryAsync();
        var shopper = await factory.CreateShopperAsync();
        var otherStaff = await factory.CreateStaffAsync(other.Id);
        var name = TestData.Unique("Forbidden honey");

        await (await shopper.PostAsJsonAsync("/api/v1/products", NewProduct(store.Id, category.Id, name))).ShouldHaveStatus(HttpStatusCode.NotFound);
        await (await otherStaff.PostAsJsonAsync("/api/v1/products", NewProduct(store.Id, category.Id, name))).ShouldHaveStatus(HttpStatusCode.NotFound);
        await (await factory.Anonymous().PostAsJsonAsync("/api/v1/products", NewProduct(store.Id, category.Id, name)))
            .ShouldHaveStatus(HttpStatusCode.Unauthorized);

        await using var scope = factory.Db();
        (await scope.Db.Set<Product>().AnyAsync(p => p.Name == name)).ShouldBeFalse();
    }

    [Fact]
    public async Task Creating_a_product_without_a_name_or_with_an_unknown_category_is_a_400_naming_the_field()
    {
        var store = await factory.StoreAsync();
        var staff = await factory.CreateStaffAsync(store.Id);
        var category = await factory.CategoryAsync();

        await (await staff.PostAsJsonAsync("/api/v1/products", NewProduct(store.Id, category.Id, name: " "))).ShouldBeValidationProblem("name");
        await (await staff.PostAsJsonAsync("/api/v1/products", NewProduct(store.Id, Guid.NewGuid()))).ShouldBeValidationProblem("categoryId");
    }

    [Fact]
    public async Task A_fractional_price_is_a_400_naming_the_SKU_field()
    {
        var store = await factory.StoreAsync();
        var staff = await factory.CreateStaffAsync(store.Id);
        var category = await factory.CategoryAsync();
        var json = $$"""{ "storeId": "{{store.Id}}", "categoryId": "{{category.Id}}", "name": "Jam", "skus": """ +
            """[ { "code": "J", "label": "Jar", "priceMinor": 3.99, "stock": 1 } ] }""";

        var response = await staff.PostAsync("/api/v1/products", new StringContent(json, System.Text.Encoding.UTF8, "application/json"));

        await response.ShouldBeValidationProblem("skus[0].priceMinor");
    }
}
