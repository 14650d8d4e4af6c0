using Plaza.Web.Modules.Catalog.Contracts;
using Plaza.Web.Modules.Sharing.Contracts;
using Plaza.Web.Platform.Web;

namespace Plaza.Web.Modules.Catalog;

internal static class CatalogModule
{
    public static WebApplicationBuilder AddCatalog(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<PhotoStorage>();
        builder.Services.AddHostedService<StoredPhotoCleaning>();
        builder.Services.AddScoped<IStock, StockLedger>();
        builder.Services.AddScoped<ICatalogOffers, CatalogOffers>();
        builder.Services.AddScoped<IProductSummaries, ProductSummaries>();
        builder.Services.AddScoped<ICatalogChoices, CatalogChoices>();
        builder.Services.AddShareTarget<ProductShareTarget>("Product", order: 10, inStore: true);
        builder.Services.AddScoped<IStockLevels, StockLevels>();
        builder.Services.AddMenuEntry(Menus.Staff, "Products and stock", "/staff/stores/{storeId}/products", 20, testId: "nav-products");
        return builder;
    }

    public static WebApplication MapCatalog(this WebApplication app)
    {
        var products = app.MapGroup("/api/v1/products").WithTags("Catalog");
        products.MapGet("/", SearchProducts.Handle).WithName("SearchProducts")
            .WithSummary("Search a store's assortment: words, category, price range, sort, paging");
        products.MapGet("/{id:guid}", GetProduct.Handle).WithName("GetProduct").WithSummary("A product as one store sells it (storeId required)");
        products.MapPost("/", CreateProduct.Handle).WithName("CreateProduct").RequireAuthorization("api")
            .WithSummary("Add a product with SKUs and opening stock (staff)");
        products.MapPut("/{id:guid}", EditProduct.Handle).WithName("EditProduct").RequireAuthorization("api")
            .WithSummary("Edit a product and its SKU prices (staff)");
        products.MapPost("/{id:guid}/photos", UploadProductPhoto.Handle).WithName("UploadProductPhoto").RequireAuthorization("api").DisableAntiforgery()
            .WithSummary("Upload a photo: JPEG, PNG or WebP up to 5 MB (staff)");
        app.MapGet("/api/v1/categories", ListCategories.Handle).WithName("ListCategories").WithTags("Catalog").WithSummary("All categories");
        app.MapPost("/api/v1/stores/{storeId:guid}/stock-adjustments", AdjustStock.Handle).WithName("AdjustStock").WithTags("Catalog")
            .RequireAuthorization("api")
            .WithSummary("Receive or write off stock, or list/unlist a SKU (staff)");
        app.MapPut("/api/v1/stores/{storeId:guid}/prices", SetStorePrice.Handle).WithName("SetStorePrice").WithTags("Catalog").RequireAuthorization("api")
            .WithSummary("Set this store's own price for a SKU, or null for the usual price (staff)");
        app.MapGet("/media/photos/{fileName}", ServePhoto.Handle).WithName("ServeProductPhoto").ExcludeFromDescription();
        return app;
    }
}
