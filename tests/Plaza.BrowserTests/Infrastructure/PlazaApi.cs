using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Plaza.Web.Modules.Demo;

namespace Plaza.BrowserTests.Infrastructure;

/// <summary>
/// The JSON API, signed in as one demo account: for arranging what a test is not about (an order
/// already paid, say) and for checking the outcome of what a person did in the browser.
/// </summary>
internal sealed class PlazaApi : IDisposable
{
    private readonly HttpClient _http;

    private PlazaApi(HttpClient http, string token)
    {
        _http = http;
        Token = token;
    }

    /// <summary>The session token; as the plaza_session cookie it signs a browser in too.</summary>
    public string Token { get; }

    public static async Task<PlazaApi> SignInAsync(string baseUrl, string login)
    {
        var http = new HttpClient { BaseAddress = new Uri(baseUrl), Timeout = TimeSpan.FromSeconds(30) };
        var response = await http.PostAsJsonAsync("/api/v1/auth/sign-in", new { login, password = DemoAccounts.Password });
        var body = await Read(response, "sign in as " + login);
        var token = body.GetProperty("accessToken").GetString()!;
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return new PlazaApi(http, token) { Login = login, AccountId = body.GetProperty("account").GetProperty("id").GetGuid() };
    }

    /// <summary>A new shopper account of the test's own (so tests never share a cart or an order list), signed in.</summary>
    public static async Task<PlazaApi> RegisterAsync(string baseUrl)
    {
        var login = $"browser-{Guid.NewGuid():N}@example.com";
        using (var http = new HttpClient { BaseAddress = new Uri(baseUrl), Timeout = TimeSpan.FromSeconds(30) })
            await Read(await http.PostAsJsonAsync("/api/v1/auth/register", new { login, password = DemoAccounts.Password, displayName = "Browser Tester" }),
                "register " + login);
        return await SignInAsync(baseUrl, login);
    }

    /// <summary>The email address or mobile number this client signed in with.</summary>
    public string Login { get; private set; } = "";

    /// <summary>The signed-in account's id.</summary>
    public Guid AccountId { get; private set; }

    /// <summary>A demo store by (part of) its name, with its pickup points.</summary>
    public async Task<JsonElement> StoreAsync(string name)
    {
        var stores = await Read(await _http.GetAsync("/api/v1/stores?q=" + Uri.EscapeDataString(name)), "find store " + name);
        return stores.EnumerateArray().Single(s => s.GetProperty("name").GetString() == name);
    }

    /// <summary>The first in-stock SKU of the first product a search for the words finds at the store.</summary>
    public async Task<(Guid ProductId, string ProductName, Guid SkuId)> InStockItemAsync(Guid storeId, string words)
    {
        var found = await Read(await _http.GetAsync($"/api/v1/products?storeId={storeId}&q={Uri.EscapeDataString(words)}"), "search " + words);
        var card = found.GetProperty("items").EnumerateArray().First(p => p.GetProperty("inStock").GetBoolean());
        var productId = card.GetProperty("id").GetGuid();
        var product = await Read(await _http.GetAsync($"/api/v1/products/{productId}?storeId={storeId}"), "open product");
        var sku = product.GetProperty("skus").EnumerateArray().First(s => s.GetProperty("inStock").GetBoolean());
        return (productId, card.GetProperty("name").GetString()!, sku.GetProperty("id").GetGuid());
    }

    public async Task PutInCartAsync(Guid storeId, Guid skuId, int quantity = 1) =>
        await Read(await _http.PutAsJsonAsync("/api/v1/cart/lines", new { storeId, skuId, quantity }), "put an item in the cart");

    public async Task<JsonElement> PlacePickupOrderAsync(Guid storeId, Guid pickupPointId, Guid skuId, int quantity = 1)
    {
        var response = await _http.PostAsJsonAsync("/api/v1/orders", new
        {
            storeId,
            fulfilment = "pickup",
            pickupPointId,
            lines = new[] { new { skuId, quantity } },
        });
        return await Read(response, "place an order");
    }

    /// <summary>Starts paying the order; returns the sandbox provider's hosted page to send the browser to.</summary>
    public async Task<string> StartPaymentAsync(Guid orderId)
    {
        var payment = await Read(await _http.PostAsJsonAsync("/api/v1/payments", new { kind = "order", billId = orderId }), "start a payment");
        return payment.GetProperty("redirectUrl").GetString()!;
    }

    public async Task<JsonElement> OrderAsync(Guid orderId) =>
        await Read(await _http.GetAsync($"/api/v1/orders/{orderId}"), "read order " + orderId);

    /// <summary>Staff move an order along: prepare, ready, then hand over with the code the shopper shows.</summary>
    public async Task HandOverPickupAsync(Guid orderId, string pickupCode)
    {
        await Read(await _http.PostAsync($"/api/v1/orders/{orderId}/prepare", null), "start preparing");
        await Read(await _http.PostAsync($"/api/v1/orders/{orderId}/ready", null), "mark ready");
        await Read(await _http.PostAsJsonAsync($"/api/v1/orders/{orderId}/hand-over", new { pickupCode }), "hand over");
    }

    public async Task<JsonElement> PostReviewAsync(Guid orderLineId, int stars, string text) =>
        await Read(await _http.PostAsJsonAsync("/api/v1/reviews", new { orderLineId, stars, text }), "post a review");

    /// <summary>A published note tagging one product at one store; returns the note's id.</summary>
    public async Task<Guid> PostNoteAsync(string title, Guid storeId, Guid productId) =>
        (await Read(await _http.PostAsJsonAsync("/api/v1/notes", new { title, body = "We loved it.", products = new[] { new { productId, storeId } } }),
            "post a note"))
            .GetProperty("id").GetGuid();

    /// <summary>Posts a note (title and Markdown body, no community) and returns it.</summary>
    public async Task<JsonElement> PostNoteAsync(string title, string body) =>
        await Read(await _http.PostAsJsonAsync("/api/v1/notes", new { title, body }), "post a note");

    /// <summary>Becomes a promoter and shares a product: returns the share link's code.</summary>
    public async Task<string> PromoteProductAsync(Guid storeId, Guid productId)
    {
        await Read(await _http.PostAsync("/api/v1/referrals/promoter", null), "become a promoter");
        return (await Read(await _http.PostAsJsonAsync("/api/v1/share-links", new { kind = "product", targetId = productId, storeId }), "share a product"))
            .GetProperty("code").GetString()!;
    }

    public async Task<JsonElement> PromoterDashboardAsync() => await Read(await _http.GetAsync("/api/v1/referrals/me"), "read my promoter dashboard");

    /// <summary>Opens a customer-service conversation with a store; returns its id.</summary>
    public async Task<Guid> OpenSupportConversationAsync(Guid storeId, string text) =>
        (await Read(await _http.PostAsJsonAsync("/api/v1/support/conversations", new { storeId, text }), "open a conversation"))
            .GetProperty("conversation").GetProperty("id").GetGuid();

    public async Task<JsonElement> MyOrdersAsync() => await Read(await _http.GetAsync("/api/v1/orders"), "list my orders");

    private static async Task<JsonElement> Read(HttpResponseMessage response, string what)
    {
        var text = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode)
            throw new ShouldAssertException($"Could not {what}: {(int)response.StatusCode} {response.ReasonPhrase}\n{text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    public void Dispose() => _http.Dispose();
}
