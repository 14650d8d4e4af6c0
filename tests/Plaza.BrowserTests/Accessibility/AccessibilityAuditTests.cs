using Plaza.BrowserTests.Infrastructure;

namespace Plaza.BrowserTests.Accessibility;

/// <summary>The audit itself: proof that a page with real problems does fail it, so a green audit means something.</summary>
[Collection(BrowserCollection.Name)]
public sealed class AccessibilityAuditTests(BrowserFixture app)
{
    [Fact]
    public Task The_audit_fails_a_page_with_critical_and_serious_violations_and_names_them() => app.RunAsync(Screen.Phone, async page =>
    {
        await page.SetContentAsync("""
            <!DOCTYPE html><html lang="en"><head><title>Broken</title></head>
            <body><main><h1>Broken</h1>
              <img src="/nothing.png">
              <p style="color:#bbb;background:#fff">Pale grey text on white</p>
              <input type="text" id="nameless">
            </main></body></html>
            """);

        var failure = await Should.ThrowAsync<AccessibilityViolationsException>(page.ShouldHaveNoSeriousAccessibilityViolationsAsync());

        failure.Message.ShouldContain("image-alt [critical]");
        failure.Message.ShouldContain("color-contrast [serious]");
        failure.Message.ShouldContain("label [critical]");
        failure.Message.ShouldContain("at img");
        failure.Message.ShouldContain("#nameless");
    });

    [Fact]
    public Task The_audit_passes_a_page_with_only_minor_or_moderate_findings() => app.RunAsync(Screen.Phone, async page =>
    {
        // No <main> landmark: axe's "region" rule, a moderate finding, is not a reason to fail.
        await page.SetContentAsync("""
            <!DOCTYPE html><html lang="en"><head><title>Plain</title></head>
            <body><h1>Plain</h1><p>Text outside any landmark.</p></body></html>
            """);

        await page.ShouldHaveNoSeriousAccessibilityViolationsAsync();
    });
}
