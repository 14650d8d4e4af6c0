using Plaza.Web.Modules.Catalog;
using Plaza.Web.Platform.Errors;
using Plaza.Web.Platform.Web;

namespace Plaza.UnitTests.Catalog;

public sealed class ProductTests
{
    private static Product NewProduct() =>
        Product.Create(Guid.CreateVersion7(), Guid.CreateVersion7(), " Enamel Mug ", " Tin mug. ", new DateTime(2031, 1, 15, 0, 0, 0, DateTimeKind.Utc));

    [Fact]
    public void A_product_trims_its_name_and_description_and_starts_active()
    {
        var product = NewProduct();

        (product.Name, product.Description, product.IsActive).ShouldBe(("Enamel Mug", "Tin mug.", true));
    }

    [Fact]
    public void SKU_codes_are_unique_within_a_product_and_prices_are_not_negative()
    {
        var product = NewProduct();
        var sku = product.AddSku("MUG", "Mug", 900, "GBP");

        sku.ProductId.ShouldBe(product.Id);
        Should.Throw<DomainException>(() => product.AddSku("MUG", "Again", 900, "GBP")).Code.ShouldBe("sku_code_taken");
        Should.Throw<DomainException>(() => product.AddSku("CHEAP", "Cheap", -1, "GBP")).Code.ShouldBe("invalid_price");
        Should.Throw<DomainException>(() => sku.Reprice(-1)).Code.ShouldBe("invalid_price");
        product.Skus.Count.ShouldBe(1);
    }

    [Fact]
    public void A_product_has_at_most_30_SKUs_and_9_photos()
    {
        var product = NewProduct();
        for (var i = 0; i < Product.MaxSkus; i++) product.AddSku("S" + i, "Size " + i, 100, "GBP");
        for (var i = 0; i < Product.MaxPhotos; i++) product.AddPhoto($"{i}.png", "image/png");

        Should.Throw<DomainException>(() => product.AddSku("ONE-MORE", "One more", 100, "GBP")).Code.ShouldBe("too_many_skus");
        Should.Throw<DomainException>(() => product.AddPhoto("x.png", "image/png")).Code.ShouldBe("too_many_photos");
        product.Photos.Select(p => p.Position).ShouldBe(Enumerable.Range(0, Product.MaxPhotos));
    }

    [Theory]
    [InlineData(new byte[] { 0xFF, 0xD8, 0xFF, 0xE0 }, "image/jpeg")]
    [InlineData(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13 }, "image/png")]
    [InlineData(new byte[] { (byte)'R', (byte)'I', (byte)'F', (byte)'F', 1, 2, 3, 4, (byte)'W', (byte)'E', (byte)'B', (byte)'P' }, "image/webp")]
    [InlineData(new byte[] { (byte)'<', (byte)'s', (byte)'v', (byte)'g' }, null)]
    [InlineData(new byte[] { (byte)'R', (byte)'I', (byte)'F', (byte)'F', 1, 2, 3, 4, (byte)'W', (byte)'A', (byte)'V', (byte)'E' }, null)]
    [InlineData(new byte[] { 0x89, 0x50, 0x4E, 0x47 }, null)]
    [InlineData(new byte[0], null)]
    public void Photos_are_recognised_by_their_first_bytes(byte[] head, string? expected)
    {
        PhotoStorage.DetectType(head).ShouldBe(expected);
    }
}
