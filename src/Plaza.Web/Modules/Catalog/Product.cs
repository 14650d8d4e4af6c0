using Plaza.Web.Platform.Errors;

namespace Plaza.Web.Modules.Catalog;

internal sealed class Category
{
    private Category() { }

    public Guid Id { get; private set; }
    public string Slug { get; private set; } = "";
    public string Name { get; private set; } = "";
    public int Position { get; private set; }

    public static Category Create(string slug, string name, int position) =>
        new() { Id = Guid.CreateVersion7(), Slug = slug, Name = name.Trim(), Position = position };
}

/// <summary>A product a merchant sells, in one or more SKUs (size, weight, colour...).</summary>
internal sealed class Product
{
    public const int MaxSkus = 30;
    public const int MaxPhotos = 9;
    private readonly List<Sku> _skus = [];
    private readonly List<ProductPhoto> _photos = [];

    private Product() { }

    public Guid Id { get; private set; }
    public Guid MerchantId { get; private set; }
    public Guid CategoryId { get; private set; }
    public string Name { get; private set; } = "";
    public string Description { get; private set; } = "";
    public bool IsActive { get; private set; } = true;
    public DateTime CreatedAtUtc { get; private set; }
    public IReadOnlyList<Sku> Skus => _skus;
    public IReadOnlyList<ProductPhoto> Photos => _photos;

    public static Product Create(Guid merchantId, Guid categoryId, string name, string description, DateTime now) => new()
    {
        Id = Guid.CreateVersion7(),
        MerchantId = merchantId,
        CategoryId = categoryId,
        Name = name.Trim(),
        Description = description.Trim(),
        CreatedAtUtc = now,
    };

    public void Edit(Guid categoryId, string name, string description, bool isActive)
    {
        CategoryId = categoryId;
        Name = name.Trim();
        Description = description.Trim();
        IsActive = isActive;
    }

    public Sku AddSku(string code, string label, long priceMinor, string currency)
    {
        if (priceMinor < 0) throw new DomainException("invalid_price", "A price cannot be negative.");
        if (_skus.Count >= MaxSkus) throw new DomainException("too_many_skus", $"A product has at most {MaxSkus} SKUs.");
        if (_skus.Any(s => s.Code == code)) throw new DomainException("sku_code_taken", $"SKU code '{code}' is already used by this product.");
        var sku = new Sku(Guid.CreateVersion7(), Id, code.Trim(), label.Trim(), priceMinor, currency);
        _skus.Add(sku);
        return sku;
    }

    public ProductPhoto AddPhoto(string fileName, string contentType)
    {
        if (_photos.Count >= MaxPhotos) throw new DomainException("too_many_photos", $"A product has at most {MaxPhotos} photos.");
        var photo = new ProductPhoto(Guid.CreateVersion7(), Id, fileName, contentType, _photos.Count);
        _photos.Add(photo);
        return photo;
    }

    public ProductPhoto RemovePhoto(Guid photoId)
    {
        var photo = _photos.FirstOrDefault(p => p.Id == photoId) ?? throw new DomainException("photo_not_found", "No such photo.");
        _photos.Remove(photo);
        return photo;
    }
}

internal sealed class Sku
{
    private Sku() { }

    public Sku(Guid id, Guid productId, string code, string label, long priceMinor, string currency)
    {
        Id = id;
        ProductId = productId;
        Code = code;
        Label = label;
        PriceMinor = priceMinor;
        Currency = currency;
    }

    public Guid Id { get; private set; }
    public Guid ProductId { get; private set; }
    public string Code { get; private set; } = "";
    public string Label { get; private set; } = "";
    public long PriceMinor { get; private set; }
    public string Currency { get; private set; } = "GBP";

    public void Reprice(long priceMinor)
    {
        if (priceMinor < 0) throw new DomainException("invalid_price", "A price cannot be negative.");
        PriceMinor = priceMinor;
    }
}

internal sealed class ProductPhoto
{
    private ProductPhoto() { }

    public ProductPhoto(Guid id, Guid productId, string fileName, string contentType, int position)
    {
        Id = id;
        ProductId = productId;
        FileName = fileName;
        ContentType = contentType;
        Position = position;
    }

    public Guid Id { get; private set; }
    public Guid ProductId { get; private set; }
    public string FileName { get; private set; } = "";
    public string ContentType { get; private set; } = "";
    public int Position { get; private set; }

    public string Url => "/media/photos/" + FileName;
}

/// <summary>
/// A SKU in one store's assortment: whether it is listed, its store price (if it differs) and its
/// stock. Stock changes only through one conditional UPDATE (see StockLedger), never read-modify-write.
/// </summary>
internal sealed class StoreOffer
{
    private StoreOffer() { }

    public Guid StoreId { get; private set; }
    public Guid SkuId { get; private set; }
    public Guid ProductId { get; private set; }
    public bool Listed { get; private set; }
    public long? PriceMinor { get; private set; }
    public int Stock { get; private set; }

    public static StoreOffer Create(Guid storeId, Guid skuId, Guid productId, int stock, bool listed = true) =>
        new() { StoreId = storeId, SkuId = skuId, ProductId = productId, Stock = stock, Listed = listed };

    /// <summary>This store's own price; null goes back to the product's usual price.</summary>
    public void SetStorePrice(long? priceMinor)
    {
        if (priceMinor < 0) throw new DomainException("invalid_price", "A price cannot be negative.");
        PriceMinor = priceMinor;
    }

    public void SetListing(bool listed, long? priceMinor)
    {
        if (priceMinor < 0) throw new DomainException("invalid_price", "A price cannot be negative.");
        Listed = listed;
        PriceMinor = priceMinor;
    }
}
