using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Plaza.BrowserTests.Infrastructure;
using Plaza.Web.Modules.Demo;
using Plaza.Web.Modules.Referral;
using Plaza.Web.Platform.Data;
using static Microsoft.Playwright.Assertions;

namespace Plaza.BrowserTests.Referral;

[Collection(BrowserCollection.Name)]
public sealed class PayoutTests(BrowserFixture app)
{
    [Fact]
    public Task A_promoter_asks_for_a_withdrawal_and_an_administrator_records_the_bank_transfer() => app.RunSceneAsync(async scene =>
    {
        // A promoter whose friend's order completed, after the after-sales window.
        using var promoterApi = await PlazaApi.RegisterAsync(app.BaseUrl);
        var store = await promoterApi.IslingtonAsync();
        var item = await promoterApi.InStockItemAsync(store.Id, "bread");
        var code = await promoterApi.PromoteProductAsync(store.Id, item.ProductId);
        var order = await scene.ReferredFriendCollectsAnOrderAsync(app.BaseUrl, code, "Cai Friend");
        await Eventually.WaitForAsync(promoterApi.PromoterDashboardAsync, d => d.GetProperty("earningOrders").GetInt32() == 1, "the commission to be written");
        await AfterSalesWindowPassedAsync(promoterApi.AccountId);
        var earned = order.GetProperty("totalMinor").GetInt64() * DemoReferral.Level1BasisPoints / 10_000;
        var amount = (earned / 100m).ToString("0.00", CultureInfo.InvariantCulture);

        var promoter = await scene.OpenAsync(Screen.Phone, "promoter");
        await promoter.SignInAsync(promoterApi.Login);
        await promoter.GotoAsync("/account/promoter");
        await Expect(promoter.GetByTestId("available")).ToHaveTextAsync("£" + amount);
        await promoter.GetByTestId("withdraw-amount").FillAsync(amount);
        await promoter.GetByTestId("withdraw").ClickAsync();
        await Expect(promoter.GetByTestId("withdrawn")).ToHaveTextAsync("£" + amount);
        await Expect(promoter.GetByTestId("wallet")).ToContainTextAsync("(pending)");

        // The administrator pays by bank transfer outside Plaza and records its reference.
        var admin = await scene.OpenAsync(Screen.Laptop, "admin");
        await admin.SignInAsync("admin@plaza.test");
        await admin.Navigation().GetByRole(AriaRole.Link, new() { Name = "Admin", Exact = true }).ClickAsync();
        await admin.GetByTestId("nav-admin-payouts").ClickAsync();
        var request = admin.GetByTestId("withdrawal").Filter(new() { HasText = promoterApi.Login });
        await Expect(request.GetByTestId("withdrawal-amount")).ToHaveTextAsync("£" + amount);
        await admin.ShouldHaveNoSeriousAccessibilityViolationsAsync();
        await request.GetByLabel("Bank transfer reference").FillAsync("FPS 2026-1122");
        await request.GetByTestId("mark-paid").ClickAsync();
        await Expect(admin.GetByTestId("notice")).ToBeVisibleAsync();
        await Expect(admin.GetByTestId("withdrawal").Filter(new() { HasText = promoterApi.Login })).ToHaveCountAsync(0);
        await admin.GetByTestId("state-paid").ClickAsync();
        await Expect(admin.GetByTestId("withdrawal").Filter(new() { HasText = promoterApi.Login })).ToContainTextAsync("FPS 2026-1122");

        // The promoter is told, and the wallet says so.
        await promoter.GotoAsync("/notifications");
        await Expect(promoter.GetByTestId("notification").First)
            .ToContainTextAsync($"Your withdrawal of £{amount} was paid to your bank (reference FPS 2026-1122).");
        await promoter.GotoAsync("/account/promoter");
        await Expect(promoter.GetByTestId("wallet")).ToContainTextAsync("(paid to your bank)");
    });

    /// <summary>Seven days in a few milliseconds: the commission's release time moves to now and the release job runs, as it would.</summary>
    private async Task AfterSalesWindowPassedAsync(Guid promoterId)
    {
        await using var scope = app.Server.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PlazaDb>();
        var now = scope.ServiceProvider.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
        await db.Set<Commission>().Where(c => c.PromoterId == promoterId).ExecuteUpdateAsync(s => s.SetProperty(c => c.ReleaseAtUtc, now.AddMinutes(-1)));
        await ReleaseCommissions.SweepAsync(scope.ServiceProvider, CancellationToken.None);
    }
}
