using Plaza.Web.Platform.Auth;

namespace Plaza.Web.Platform.Idempotency;

/// <summary>
/// The Idempotency-Key of the request a use case runs for, as the use case keys its effects with it (ADR 0006): the caller and
/// the key, "{scope}/{key}". The claim on the key keeps two runs of one request apart only while it is alive; what must not
/// happen twice (an order placed, a refund made) records this on the row it creates, under a unique index, and a run looks for
/// that row first — so a retry after a crash finds what the dead run committed instead of doing it again.
/// </summary>
internal static class RequestKeys
{
    /// <summary>Room for the scope (an account id) and a key of up to 100 characters.</summary>
    public const int MaxLength = 140;

    public const int KeyMaxLength = 100;

    /// <summary>Whose keys these are: the signed-in account, or everyone anonymous together.</summary>
    public static string Scope(HttpContext http) => http.User.AccountId()?.ToString() ?? "anonymous";

    /// <summary>The request's key with its scope, or null when the endpoint does not take Idempotency-Key or none was sent.</summary>
    public static string? Of(HttpContext http) =>
        http.GetEndpoint()?.Metadata.GetMetadata<IdempotentAttribute>() is not null
        && http.Request.Headers[IdempotencyMiddleware.Header].ToString() is { Length: > 0 and <= KeyMaxLength } key
            ? $"{Scope(http)}/{key}"
            : null;
}
