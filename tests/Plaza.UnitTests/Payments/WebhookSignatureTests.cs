using Plaza.Web.Modules.Payments;

namespace Plaza.UnitTests.Payments;

public sealed class WebhookSignatureTests
{
    private const string Secret = "whsec_test";
    private const string Body = """{"id":"evt_1","type":"payment.succeeded"}""";
    private static readonly DateTimeOffset Now = new(2026, 11, 2, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public void A_signature_made_with_the_secret_verifies()
    {
        var header = WebhookSignature.Sign(Secret, Now.ToUnixTimeSeconds(), Body);

        WebhookSignature.Verify(Secret, header, Body, Now).ShouldBe(WebhookSignature.Verdict.Valid);
    }

    [Fact]
    public void A_changed_body_or_secret_fails()
    {
        var header = WebhookSignature.Sign(Secret, Now.ToUnixTimeSeconds(), Body);

        WebhookSignature.Verify(Secret, header, Body.Replace("evt_1", "evt_2"), Now).ShouldBe(WebhookSignature.Verdict.BadSignature);
        WebhookSignature.Verify("other", header, Body, Now).ShouldBe(WebhookSignature.Verdict.BadSignature);
    }

    [Fact]
    public void A_changed_timestamp_fails_because_the_timestamp_is_signed_too()
    {
        var header = WebhookSignature.Sign(Secret, Now.ToUnixTimeSeconds() - 3600, Body);
        var moved = header.Replace($"t={Now.ToUnixTimeSeconds() - 3600}", $"t={Now.ToUnixTimeSeconds()}");

        WebhookSignature.Verify(Secret, moved, Body, Now).ShouldBe(WebhookSignature.Verdict.BadSignature);
    }

    [Fact]
    public void An_event_older_than_five_minutes_is_stale()
    {
        var header = WebhookSignature.Sign(Secret, Now.AddMinutes(-6).ToUnixTimeSeconds(), Body);

        WebhookSignature.Verify(Secret, header, Body, Now).ShouldBe(WebhookSignature.Verdict.Stale);
        WebhookSignature.Verify(Secret, WebhookSignature.Sign(Secret, Now.AddMinutes(-4).ToUnixTimeSeconds(), Body), Body, Now)
            .ShouldBe(WebhookSignature.Verdict.Valid);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("v1=abc")]
    [InlineData("t=notanumber,v1=00")]
    [InlineData("t=1,v1=short")]
    public void A_malformed_header_is_malformed(string? header) =>
        WebhookSignature.Verify(Secret, header, Body, Now).ShouldBe(WebhookSignature.Verdict.Malformed);
}
