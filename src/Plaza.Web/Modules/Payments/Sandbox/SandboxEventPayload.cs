namespace Plaza.Web.Modules.Payments.Sandbox;

/// <summary>The JSON body the sandbox posts to the webhook (shape modelled on common providers).</summary>
internal sealed record SandboxEventPayload(string Id, string Type, long Created, SandboxEventData Data);

internal sealed record SandboxEventData(string CheckoutId, string MerchantReference, long AmountMinor, string Currency, string? RefundId,
    string? RefundReference);
