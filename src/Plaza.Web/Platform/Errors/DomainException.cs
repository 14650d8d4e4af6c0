namespace Plaza.Web.Platform.Errors;

/// <summary>A broken business rule. Becomes a 409 ProblemDetails whose <c>code</c> clients can rely on.</summary>
internal class DomainException(string code, string message) : Exception(message)
{
    public string Code { get; } = code;
}

/// <summary>
/// Too much of something in too short a time (e.g. posting): a 429 ProblemDetails with code
/// <c>rate_limited</c> and a Retry-After header for the API; pages show the message like any broken rule.
/// </summary>
internal sealed class RateLimitedException(TimeSpan retryAfter)
    : DomainException(RateLimitedException.ErrorCode, "You are posting too often. Please wait a while and try again.")
{
    public const string ErrorCode = "rate_limited";

    public TimeSpan RetryAfter { get; } = retryAfter < TimeSpan.FromSeconds(1) ? TimeSpan.FromSeconds(1) : retryAfter;
}
