using Plaza.Web.Modules.Payments.Contracts;
using Plaza.Web.Modules.Payments.Sandbox;
using Plaza.Web.Platform.Idempotency;

namespace Plaza.Web.Modules.Payments;

internal static class PaymentsModule
{
    public static WebApplicationBuilder AddPayments(this WebApplicationBuilder builder)
    {
        // Resolved now, so that an installation without its own secret fails at start-up, not at its first payment.
        var secret = SandboxSecret.Resolve(builder.Configuration, builder.Environment);
        builder.Services.Configure<SandboxOptions>(builder.Configuration.GetSection("Payments:Sandbox"));
        builder.Services.PostConfigure<SandboxOptions>(o => o.WebhookSecret = secret);
        builder.Services.AddScoped<SandboxProvider>();
        builder.Services.AddScoped<IPaymentProvider>(sp => sp.GetRequiredService<SandboxProvider>());
        builder.Services.Configure<PaymentsOptions>(builder.Configuration.GetSection("Payments"));
        builder.Services.AddScoped<RefundSubmitter>();
        builder.Services.AddScoped<IRefundGateway, RefundGateway>();
        builder.Services.AddHostedService<SubmitRefunds>();
        builder.Services.AddScoped<IPayments, PaymentsGateway>();
        builder.Services.AddHttpClient(SandboxWebhookSender.HttpClientName, c => c.Timeout = TimeSpan.FromSeconds(10));
        builder.Services.AddSingleton<SandboxWebhookSender>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<SandboxWebhookSender>());
        return builder;
    }

    public static WebApplication MapPayments(this WebApplication app)
    {
        var payments = app.MapGroup("/api/v1/payments").WithTags("Payments");
        payments.MapPost("/", StartPayment.Handle).WithName("StartPayment").RequireAuthorization("api").WithMetadata(new IdempotentAttribute())
            .WithSummary("Start paying a bill, {kind: \"order\" | \"membership-card\", billId}: returns the provider's hosted page to redirect to. "
                + "Accepts Idempotency-Key.");
        payments.MapGet("/{id:guid}", GetPayment.Handle).WithName("GetPayment").RequireAuthorization("api").WithSummary("A payment's status");
        payments.MapPost("/webhooks/sandbox", ReceiveWebhook.Handle).WithName("ReceiveSandboxWebhook").AllowAnonymous().DisableAntiforgery()
            .WithSummary("Provider events, HMAC-SHA256 signed with a timestamp (Plaza-Signature header)");
        return app;
    }
}
