using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Plaza.IntegrationTests.Infrastructure;
using Plaza.Web.Modules.Ordering;

namespace Plaza.IntegrationTests.Identity;

/// <summary>Signing in on the page (/account/sign-in): what other modules do then, before the person is sent on.</summary>
public sealed partial class SignInPageTests(PlazaFactory factory) : IClassFixture<PlazaFactory>
{
    [Fact]
    public async Task What_a_visitor_put_in_the_cart_is_in_the_accounts_cart_when_signing_in_sends_them_on()
    {
        var store = await factory.StoreAsync();
        var product = await factory.ProductAsync(store, await factory.CategoryAsync(), "Damsons", "", new SkuSpec("DAMSON", 300, 10));
        var account = await factory.CreateAccountAsync();
        using var browser = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        var here = $"/stores/{store.Id}/products/{product.Id}";
        var added = await browser.PostAsync("/cart/add", Form(await browser.GetStringAsync(here),
            ("storeId", store.Id.ToString()), ("skuId", product.Skus[0].Id.ToString()), ("quantity", "2"), ("returnUrl", here)));
        added.StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var signedIn = await browser.PostAsync("/account/sign-in", Form(await browser.GetStringAsync("/account/sign-in?returnUrl=/cart"),
            ("Input.Login", account.Login), ("Input.Password", PlazaFactory.Password), ("ReturnUrl", "/cart")));

        (signedIn.StatusCode, signedIn.Headers.Location?.OriginalString).ShouldBe((HttpStatusCode.Redirect, "/cart"));
        signedIn.Headers.GetValues("Set-Cookie").ShouldContain(c => c.StartsWith("plaza_cart=;", StringComparison.Ordinal));
        await using var scope = factory.Db();
        var lines = await (from c in scope.Db.Set<Cart>().AsNoTracking()
                           join l in scope.Db.Set<CartLine>().AsNoTracking() on c.Id equals l.CartId
                           where c.AccountId == account.Id
                           select new { l.SkuId, l.Quantity }).ToListAsync();
        lines.ShouldHaveSingleItem().ShouldBe(new { SkuId = product.Skus[0].Id, Quantity = 2 });
    }

    private static FormUrlEncodedContent Form(string page, params (string Name, string Value)[] fields) =>
        new(fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value))
            .Append(new("__RequestVerificationToken", Token().Match(page).Groups[1].Value)));

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();
}
