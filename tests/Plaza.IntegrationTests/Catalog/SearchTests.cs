using System.Net;
using Microsoft.EntityFrameworkCore;
using Plaza.IntegrationTests.Infrastructure;
using Plaza.Web.Modules.Catalog;
using Plaza.Web.Modules.Stores;

namespace Plaza.IntegrationTests.Catalog;

/// <summary>Every test arranges a store of its own, and searches are per store, so they share one factory safely.</summary>
public sealed class SearchTests(PlazaFactory factory) : IClassFixture<PlazaFactory>
{
    private async Task<(Store Store, Category Home, Category Kitchen)> HomewareStoreAsync()
    {
        var store = await factory.StoreAsync();
        var home = await factory.CategoryAsync("Home");
        var kitchen = await factory.CategoryAsync("Kitchen");
        await factory.ProductAsync(store, home, "Brass Desk Lamp", "A hand-polished reading light with a linen shade.", new SkuSpec("LAMP", 4500));
        await factory.ProductAsync(store, kitchen, "Oak Chopping Board", "Solid English oak, oiled by hand.", new SkuSpec("BOARD-S", 2500),
            new SkuSpec("BOARD-L", 3900));
        await factory.ProductAsync(store, kitchen, "Linen Tea Towel", "Stonewashed linen, pack of two.", new SkuSpec("TOWEL", 1200));
        await factory.ProductAsync(store, home, "Wool Throw", "Soft lambswool blanket.", new SkuSpec("THROW", 6000, Stock: 0));
        return (store, home, kitchen);
    }

    [Fact]
    public async Task Search_finds_a_product_by_a_word_in_its_description()
    {
        var (store, _, _) = await HomewareStoreAsync();

        (await factory.Anonymous().SearchNamesAsync(store.Id, "polished")).ShouldBe(["Brass Desk Lamp"]);
    }

    [Fact]
    public async Task Search_finds_a_product_by_the_start_of_a_word()
    {
        var (store, _, _) = await HomewareStoreAsync();

        (await factory.Anonymous().SearchNamesAsync(store.Id, "chop")).ShouldBe(["Oak Chopping Board"]);
    }

    [Theory]
    [InlineData("LAMP")]
    [InlineData("lamp")]
    [InlineData("LaMp")]
    public async Task Search_ignores_letter_case(string q)
    {
        var (store, _, _) = await HomewareStoreAsync();

        (await factory.Anonymous().SearchNamesAsync(store.Id, q)).ShouldBe(["Brass Desk Lamp"]);
    }

    [Fact]
    public async Task Search_requires_every_word_and_ranks_name_matches_first()
    {
        var (store, _, _) = await HomewareStoreAsync();
        var client = factory.Anonymous();

        (await client.SearchNamesAsync(store.Id, "linen shade")).ShouldBe(["Brass Desk Lamp"]);
        (await client.SearchNamesAsync(store.Id, "linen")).ShouldBe(["Linen Tea Towel", "Brass Desk Lamp"]);
    }

    [Fact]
    public async Task Search_only_shows_products_the_store_lists()
    {
        var (store, home, _) = await HomewareStoreAsync();
        var elsewhere = await factory.StoreAsync();
        await factory.ProductAsync(elsewhere, home, "Brass Candle Holder", "Polished brass.");

        (await factory.Anonymous().SearchNamesAsync(store.Id, "brass")).ShouldBe(["Brass Desk Lamp"]);
        (await factory.Anonymous().SearchNamesAsync(elsewhere.Id, "brass")).ShouldBe(["Brass Candle Holder"]);
    }

    [Fact]
    public async Task Filtering_by_category_shows_only_that_category()
    {
        var (store, _, kitchen) = await HomewareStoreAsync();

        var names = await factory.Anonymous().SearchNamesAsync(store.Id, extra: $"categoryId={kitchen.Id}");

        names.ShouldBe(["Linen Tea Towel", "Oak Chopping Board"], ignoreOrder: true);
    }

    [Fact]
    public async Task Filtering_by_price_uses_the_lowest_SKU_price()
    {
        var (store, _, _) = await HomewareStoreAsync();

        // Board: from 25.00 (SKUs 25.00 and 39.00); lamp 45.00; towel 12.00; throw 60.00.
        var names = await factory.Anonymous().SearchNamesAsync(store.Id, extra: "minPrice=2000&maxPrice=4500&sort=price_asc");

        names.ShouldBe(["Oak Chopping Board", "Brass Desk Lamp"]);
    }

    [Fact]
    public async Task Sorting_by_price_ascending_and_descending()
    {
        var (store, _, _) = await HomewareStoreAsync();
        var client = factory.Anonymous();

        var ascending = await client.SearchAsync(store.Id, extra: "sort=price_asc");
        var descending = await client.SearchAsync(store.Id, extra: "sort=price_desc");

        ascending.Items.Select(i => i.FromPriceMinor).ShouldBe([1200L, 2500L, 4500L, 6000L]);
        descending.Items.Select(i => i.Name).ShouldBe(["Wool Throw", "Brass Desk Lamp", "Oak Chopping Board", "Linen Tea Towel"]);
        descending.Items.Single(i => i.Name == "Wool Throw").InStock.ShouldBeFalse();
        descending.Items.Single(i => i.Name == "Brass Desk Lamp").InStock.ShouldBeTrue();
    }

    [Fact]
    public async Task Paging_reports_the_total_and_returns_the_rest_on_the_last_page()
    {
        var store = await factory.StoreAsync();
        var category = await factory.CategoryAsync();
        for (var i = 1; i <= 5; i++) await factory.ProductAsync(store, category, $"Candle {i}", "Beeswax candle.");
        var client = factory.Anonymous();

        var first = await client.SearchAsync(store.Id, "candle", "sort=name&pageSize=2&page=1");
        var last = await client.SearchAsync(store.Id, "candle", "sort=name&pageSize=2&page=3");
        var beyond = await client.SearchAsync(store.Id, "candle", "sort=name&pageSize=2&page=4");

        first.Total.ShouldBe(5);
        first.Items.Select(i => i.Name).ShouldBe(["Candle 1", "Candle 2"]);
        last.Total.ShouldBe(5);
        last.Items.Select(i => i.Name).ShouldBe(["Candle 5"]);
        beyond.Items.ShouldBeEmpty();
        beyond.Total.ShouldBe(5);
    }

    [Theory]
    [InlineData("sort=cheapest", "sort")]
    [InlineData("pageSize=0", "pageSize")]
    [InlineData("pageSize=101", "pageSize")]
    [InlineData("page=0", "page")]
    [InlineData("minPrice=-1", "minPrice")]
    [InlineData("minPrice=1.5", "minPrice")]
    [InlineData("categoryId=kitchen", "categoryId")]
    public async Task Bad_search_parameters_are_a_400_naming_the_parameter(string extra, string field)
    {
        var store = await factory.StoreAsync();

        var response = await factory.Anonymous().GetAsync(CatalogApi.SearchUrl(store.Id, extra: extra));

        await response.ShouldBeValidationProblem(field);
    }

    [Fact]
    public async Task Searching_without_a_store_is_a_400_naming_storeId()
    {
        await (await factory.Anonymous().GetAsync("/api/v1/products?q=lamp")).ShouldBeValidationProblem("storeId");
    }

    public static TheoryData<string> HostileQueries => new()
    {
        "\"",
        "\"\"\"",
        "' OR 1=1 --",
        "'; DROP TABLE products; --",
        "lamp\" OR \"1\"=\"1",
        "NEAR(",
        "NEAR(lamp board, 2)",
        "lamp NOT board",
        "lamp AND",
        "OR",
        "*",
        "lamp*",
        "^lamp",
        "name:lamp",
        "{name description}: lamp",
        ")))",
        "(((",
        "lamp & !board | <->",
        "lamp:* & board:A",
        "\\",
        "%_%",
        new string('a', 500),
        new string('x', 41) + " lamp",
        string.Join(' ', Enumerable.Range(1, 40).Select(i => "w" + i)),
        "lamp\u0000board",
        "\u0001\u0002\u001b[31m\u007f",
        "\t\r\n",
        "🙂🔥 lamp 👍🏽",
        "👨‍👩‍👧",
        "台灯",
        "黄铜台灯 lamp",
        "ª ² Ⅻ ½",
        "e\u0301clair",
        "\u200b\u200d\ufeff",
        "ﷺ",
        "مصباح",
        "   ",
        "",
    };

    [Theory]
    [MemberData(nameof(HostileQueries))]
    public async Task Hostile_search_text_is_never_a_server_error(string q)
    {
        var (store, _, _) = await HomewareStoreAsync();

        var response = await factory.Anonymous().GetAsync(CatalogApi.SearchUrl(store.Id, q));

        var body = await response.Content.ReadAsStringAsync();
        ((int)response.StatusCode).ShouldBeOneOf([200, 400], body);
        if (response.StatusCode == HttpStatusCode.BadRequest) await response.ShouldBeValidationProblem("q");
        await using var scope = factory.Db();
        (await scope.Db.Set<Product>().CountAsync(p => p.MerchantId == store.MerchantId)).ShouldBe(4);
    }
}
