using System.Text.Json;
using Microsoft.Playwright;
using Plaza.BrowserTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Plaza.BrowserTests.Privacy;

[Collection(BrowserCollection.Name)]
public sealed class PrivacyTests(BrowserFixture app)
{
    [Fact]
    public Task A_shopper_downloads_her_data_then_deletes_her_account() => app.RunSceneAsync(async scene =>
    {
        using var api = await PlazaApi.RegisterAsync(app.BaseUrl);
        var page = await scene.OpenAsync(Screen.Phone, "shopper");
        await page.SignInAsync(api.Login);
        await page.GotoAsync("/account");
        await page.MainContent().GetByRole(AriaRole.Link, new() { Name = "Your data and privacy" }).ClickAsync();
        await page.ShouldHaveNoSeriousAccessibilityViolationsAsync();

        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByTestId("download-data").ClickAsync());
        var file = await download.PathAsync();
        using (var json = JsonDocument.Parse(await File.ReadAllTextAsync(file)))
            json.RootElement.GetProperty("sections").GetProperty("profile").GetProperty("email").GetString().ShouldBe(api.Login);

        await page.GetByTestId("content-remove").CheckAsync();
        await page.GetByTestId("delete-password").FillAsync("not-my-password");
        await page.GetByTestId("delete-account").ClickAsync();
        await Expect(page.GetByText("Enter your password to confirm.").First).ToBeVisibleAsync();
        await page.ShouldHaveNoSeriousAccessibilityViolationsAsync();

        await page.GetByTestId("delete-password").FillAsync(DemoPassword);
        await page.GetByTestId("delete-account").ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1, Name = "Your account is deleted" })).ToBeVisibleAsync();
        await Expect(page.Navigation().GetByRole(AriaRole.Link, new() { Name = "Sign in", Exact = true })).ToBeVisibleAsync();
    });

    private const string DemoPassword = Plaza.Web.Modules.Demo.DemoAccounts.Password;
}
