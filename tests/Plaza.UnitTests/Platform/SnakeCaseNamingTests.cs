using Plaza.Web.Platform.Data;

namespace Plaza.UnitTests.Platform;

public sealed class SnakeCaseNamingTests
{
    [Theory]
    [InlineData("Id", "id")]
    [InlineData("StoreOffer", "store_offer")]
    [InlineData("CreatedAtUtc", "created_at_utc")]
    [InlineData("PK_StoreOffers", "pk_store_offers")]
    [InlineData("IX_Skus_ProductId_Code", "ix_skus_product_id_code")]
    [InlineData("FK_Products_Categories_CategoryId", "fk_products_categories_category_id")]
    [InlineData("HTMLParser", "html_parser")]
    [InlineData("SkuID", "sku_id")]
    [InlineData("ABC", "abc")]
    [InlineData("already_snake", "already_snake")]
    [InlineData("store_offers", "store_offers")]
    [InlineData("Version7Id", "version7_id")]
    [InlineData("_roles", "_roles")]
    [InlineData("", "")]
    public void Names_become_snake_case(string name, string expected)
    {
        SnakeCaseNaming.ToSnake(name).ShouldBe(expected);
    }
}
