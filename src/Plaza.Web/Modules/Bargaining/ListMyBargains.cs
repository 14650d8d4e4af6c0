using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Plaza.Web.Platform.Auth;

namespace Plaza.Web.Modules.Bargaining;

/// <summary>The bargains I started, newest first.</summary>
internal static class ListMyBargains
{
    public static async Task<Ok<IReadOnlyList<BargainView>>> Handle(ClaimsPrincipal user, BargainReader reader, CancellationToken ct) =>
        TypedResults.Ok(await reader.Mine(user.RequiredAccountId(), ct));
}
