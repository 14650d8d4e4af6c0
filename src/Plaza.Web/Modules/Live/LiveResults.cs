using Microsoft.AspNetCore.Http.HttpResults;
using Plaza.Web.Platform.Errors;

namespace Plaza.Web.Modules.Live;

/// <summary>How the API answers a host action the hub also offers: 204, 404 (no room, or not the caller's to run), or 409 with its code.</summary>
internal static class LiveResults
{
    public static Results<NoContent, NotFound> From(LiveActionResult? result) => result is null ? TypedResults.NotFound() : Done(result);

    /// <summary>204 when the action was done; otherwise the 409 that names why not.</summary>
    public static NoContent Done(LiveActionResult result) =>
        result.Ok ? TypedResults.NoContent() : throw new DomainException(result.Code ?? "refused", result.Message ?? "That cannot be done now.");
}
