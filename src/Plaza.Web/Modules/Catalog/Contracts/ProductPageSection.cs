using Plaza.Web.Platform.Web;

namespace Plaza.Web.Modules.Catalog.Contracts;

/// <summary>Where on the product page a section stands.</summary>
internal enum ProductPageSlot
{
    /// <summary>Under the description, above the buy form (a flash sale).</summary>
    AboveBuying,

    /// <summary>Under the buy form (team and bargain offers).</summary>
    BelowBuying,

    /// <summary>Under the product, across the page (its reviews).</summary>
    BelowProduct,
}

/// <summary>
/// A section another module adds to the product page: a public view component (its name without "ViewComponent"),
/// invoked with <c>new { storeId, productId }</c>, that renders nothing when it has nothing to show. Within a slot,
/// smaller <paramref name="Order"/> first.
/// </summary>
internal sealed record ProductPageSection(string ViewComponentName, int Order, ProductPageSlot Slot);

/// <summary>How a module adds a section to the product page, from its own AddX().</summary>
internal static class ProductPageSections
{
    /// <summary>Refused at start-up when the same view component is added twice.</summary>
    public static IServiceCollection AddProductPageSection(this IServiceCollection services, ProductPageSection section) =>
        services.AddNamed(section, s => s.ViewComponentName, maxLength: 100, "Product page section");
}
