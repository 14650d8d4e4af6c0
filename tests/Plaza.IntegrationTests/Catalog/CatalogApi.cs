using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using Plaza.IntegrationTests.Infrastructure;

namespace Plaza.IntegrationTests.Catalog;

internal sealed record ProductCardDto(Guid Id, string Name, Guid CategoryId, long FromPriceMinor, string Currency, bool InStock, string? PhotoUrl);

internal sealed record ProductPageDto(List<ProductCardDto> Items, int Page, int PageSize, int Total);

internal sealed record SkuDto(Guid Id, string Code, string Label, long PriceMinor, string Currency, int Stock, bool InStock);

internal sealed record ProductDetailDto(Guid Id, Guid StoreId, string Name, string Description, Guid CategoryId, string CategoryName, List<string> PhotoUrls,
    List<SkuDto> Skus);

internal static class CatalogApi
{
    public static string SearchUrl(Guid storeId, string? q = null, string? extra = null)
    {
        var url = $"/api/v1/products?storeId={storeId}";
        if (q is not null) url += "&q=" + Uri.EscapeDataString(q);
        return extra is null ? url : url + "&" + extra;
    }

    public static async Task<ProductPageDto> SearchAsync(this HttpClient client, Guid storeId, string? q = null, string? extra = null)
    {
        var response = await client.GetAsync(SearchUrl(storeId, q, extra));
        await response.ShouldHaveStatus(HttpStatusCode.OK);
        return (await response.Content.ReadFromJsonAsync<ProductPageDto>())!;
    }

    public static async Task<List<string>> SearchNamesAsync(this HttpClient client, Guid storeId, string? q = null, string? extra = null) =>
        (await client.SearchAsync(storeId, q, extra)).Items.Select(i => i.Name).ToList();

    public static string Invariant(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
