using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Plaza.Web.Platform.Auth;

namespace Plaza.Web.Modules.GroupBuying;

/// <summary>The teams I opened or joined, newest first.</summary>
internal static class ListMyTeams
{
    public static async Task<Ok<IReadOnlyList<TeamView>>> Handle(ClaimsPrincipal user, TeamReader reader, CancellationToken ct) =>
        TypedResults.Ok(await reader.Mine(user.RequiredAccountId(), ct));
}
