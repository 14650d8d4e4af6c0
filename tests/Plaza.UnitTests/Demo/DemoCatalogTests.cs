using Plaza.Web.Modules.Demo;

namespace Plaza.UnitTests.Demo;

public sealed class DemoCatalogTests
{
    private static IEnumerable<DemoSku> AllSkus => DemoCatalog.Products.SelectMany(p => p.Skus);

    [Fact]
    public void There_are_the_eight_agreed_categories()
    {
        DemoCatalog.Categories.Select(c => c.Slug)
            .ShouldBe(["fruit-veg", "bakery", "dairy", "pantry", "drinks", "household", "baby", "home-gifts"]);
        DemoCatalog.Categories.ShouldAllBe(c => c.Name.Length > 0);
    }

    [Fact]
    public void Every_category_has_products_and_every_product_a_known_category()
    {
        var slugs = DemoCatalog.Categories.Select(c => c.Slug).ToHashSet();

        DemoCatalog.Products.ShouldAllBe(p => slugs.Contains(p.CategorySlug));
        slugs.ShouldAllBe(s => DemoCatalog.Products.Count(p => p.CategorySlug == s) >= 4);
        DemoCatalog.Products.Count.ShouldBeInRange(36, 45);
    }

    [Fact]
    public void Every_product_has_one_to_three_priced_skus_and_a_short_description()
    {
        foreach (var product in DemoCatalog.Products)
        {
            product.Skus.Count.ShouldBeInRange(1, 3, product.Name);
            product.Skus.ShouldAllBe(s => s.PriceMinor > 0 && s.Label.Length > 0);
            product.Description.Length.ShouldBeInRange(20, 160, product.Name);
            product.Description.ShouldEndWith(".");
        }
    }

    [Fact]
    public void Sku_codes_are_unique_across_the_catalogue() =>
        AllSkus.Select(s => s.Code).ShouldBeUnique();

    [Fact]
    public void Product_names_are_unique() =>
        DemoCatalog.Products.Select(p => p.Name).ShouldBeUnique();

    [Fact]
    public void The_special_stock_and_price_lines_name_real_skus()
    {
        var codes = AllSkus.Select(s => s.Code).ToHashSet();

        DemoCatalog.LowStock.ShouldAllBe(c => codes.Contains(c));
        codes.ShouldContain(DemoCatalog.SoldOutAtSecondStore);
        DemoCatalog.SecondStorePrices.Keys.ShouldAllBe(c => codes.Contains(c));
    }

    [Fact]
    public void Stock_is_mostly_twenty_to_eighty_with_a_few_low_lines_and_one_sold_out_at_the_second_store()
    {
        var levels = from sku in AllSkus from store in new[] { 0, 1 } select (sku.Code, store, Stock: DemoCatalog.StockAt(store, sku.Code));
        var list = levels.ToList();

        list.Where(l => l.Stock == 0).ShouldHaveSingleItem().ShouldBe((DemoCatalog.SoldOutAtSecondStore, 1, 0));
        DemoCatalog.StockAt(0, DemoCatalog.SoldOutAtSecondStore).ShouldBeGreaterThan(0);
        list.Where(l => l.Stock == DemoCatalog.LowStockLevel).Select(l => l.Code).Distinct().ShouldBe(DemoCatalog.LowStock, ignoreOrder: true);
        list.Where(l => l.Stock is not 0 and not DemoCatalog.LowStockLevel).ShouldAllBe(l => l.Stock >= 20 && l.Stock <= 80);
        // Varied, not one number everywhere.
        list.Select(l => l.Stock).Distinct().Count().ShouldBeGreaterThan(10);
    }

    [Fact]
    public void Only_the_second_store_has_its_own_prices_and_they_differ_from_the_list_price()
    {
        var listPrices = AllSkus.ToDictionary(s => s.Code, s => s.PriceMinor);

        AllSkus.ShouldAllBe(s => DemoCatalog.StorePriceAt(0, s.Code) == null);
        AllSkus.Count(s => DemoCatalog.StorePriceAt(1, s.Code) != null).ShouldBe(DemoCatalog.SecondStorePrices.Count);
        DemoCatalog.SecondStorePrices.ShouldAllBe(p => p.Value > 0 && p.Value != listPrices[p.Key]);
    }
}
