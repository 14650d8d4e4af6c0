using Plaza.Web.Kits.Deals;
using Plaza.Web.Platform.Errors;

namespace Plaza.Web.Modules.Promotions;

/// <summary>Why a flash sale cannot sell a shopper this many now.</summary>
internal enum FlashSaleRefusal { None, NotRunning, SoldOut, Limit }

/// <summary>
/// A time-boxed price for one SKU at one store: <see cref="Quantity"/> units at <see cref="PriceMinor"/>
/// between <see cref="SkuDeal.StartsAtUtc"/> and <see cref="SkuDeal.EndsAtUtc"/>, at most <see cref="PerShopperLimit"/> per
/// shopper. <see cref="Sold"/> only moves by one conditional UPDATE (sold + q ≤ quantity), so exactly the
/// offered quantity is sold however many buyers arrive at once; units of cancelled orders come back.
/// </summary>
internal sealed class FlashSale : SkuDeal
{
    public const int TitleMax = 80;

    private FlashSale() { }

    public string Title { get; private set; } = "";
    public long PriceMinor { get; private set; }
    /// <summary>The SKU's usual price when the sale was set up (what the page compares with).</summary>
    public long UsualPriceMinor { get; private set; }
    public int Quantity { get; private set; }
    public int Sold { get; private set; }
    public int PerShopperLimit { get; private set; }
    public Guid CreatedBy { get; private set; }

    public int Remaining => Math.Max(0, Quantity - Sold);
    public bool SoldOut => Sold >= Quantity;
    public bool IsRunning(DateTime now) => IsActive(now);
    public bool IsUpcoming(DateTime now) => now < StartsAtUtc;

    public static FlashSale Create(Guid storeId, Guid skuId, Guid productId, string title, long priceMinor, long usualPriceMinor, string currency,
        int quantity, int perShopperLimit, DateTime startsAtUtc, DateTime endsAtUtc, Guid createdBy, DateTime now)
    {
        if (priceMinor >= usualPriceMinor) throw new DomainException("flash_price_not_lower", "A flash sale price must be below the usual price.");
        if (endsAtUtc <= startsAtUtc) throw new DomainException("flash_sale_dates", "A flash sale must end after it starts.");
        if (endsAtUtc <= now) throw new DomainException("flash_sale_dates", "A flash sale must end in the future.");
        return new FlashSale
        {
            Id = Guid.CreateVersion7(), StoreId = storeId, SkuId = skuId, ProductId = productId, Title = title.Trim(), PriceMinor = priceMinor,
            UsualPriceMinor = usualPriceMinor, Currency = currency, Quantity = quantity, PerShopperLimit = perShopperLimit,
            StartsAtUtc = startsAtUtc, EndsAtUtc = endsAtUtc, CreatedBy = createdBy, CreatedAtUtc = now,
        };
    }

    /// <summary>How many one shopper may buy from now on (what shoppers already bought stays theirs).</summary>
    public void LimitPerShopper(int perShopperLimit)
    {
        if (perShopperLimit < 1) throw new DomainException("invalid_limit", "The limit per shopper must be a whole number from 1.");
        PerShopperLimit = perShopperLimit;
    }

    /// <summary>
    /// The quantity on sale from now on: never below what is sold. Saved by one conditional UPDATE
    /// (quantity = n where sold ≤ n, see <see cref="ChangeFlashSale.Execute"/>), since buyers move <see cref="Sold"/> meanwhile.
    /// </summary>
    public bool CanOffer(int quantity) => quantity >= 1 && quantity >= Sold;

    /// <summary>
    /// Whether a shopper who has <paramref name="alreadyBought"/> units of this sale may buy
    /// <paramref name="quantity"/> more at its price now.
    /// </summary>
    public FlashSaleRefusal CanSell(int quantity, int alreadyBought, DateTime now) =>
        !IsRunning(now) ? FlashSaleRefusal.NotRunning
        : Sold + quantity > Quantity ? FlashSaleRefusal.SoldOut
        : alreadyBought + quantity > PerShopperLimit ? FlashSaleRefusal.Limit
        : FlashSaleRefusal.None;

    public static string Message(FlashSaleRefusal refusal) => refusal switch
    {
        FlashSaleRefusal.NotRunning => "This flash sale is not running now.",
        FlashSaleRefusal.SoldOut => "This flash sale has sold out.",
        FlashSaleRefusal.Limit => "You have bought as many as this flash sale allows.",
        _ => "",
    };
}

/// <summary>How many units of one flash sale one shopper holds (unique per sale and shopper; moved by one conditional upsert).</summary>
internal sealed class FlashSaleBuyer
{
    private FlashSaleBuyer() { }

    public Guid FlashSaleId { get; private set; }
    public Guid CustomerId { get; private set; }
    public int Bought { get; private set; }
}

/// <summary>The units one order took from one flash sale; released once when the order is cancelled.</summary>
internal sealed class FlashSaleClaim
{
    private FlashSaleClaim() { }

    public Guid OrderId { get; private set; }
    public Guid FlashSaleId { get; private set; }
    public Guid CustomerId { get; private set; }
    public int Quantity { get; private set; }
    public DateTime ClaimedAtUtc { get; private set; }
    public DateTime? ReleasedAtUtc { get; private set; }

    public static FlashSaleClaim Take(Guid orderId, Guid flashSaleId, Guid customerId, int quantity, DateTime now) =>
        new() { OrderId = orderId, FlashSaleId = flashSaleId, CustomerId = customerId, Quantity = quantity, ClaimedAtUtc = now };
}
