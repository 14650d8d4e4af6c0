using Microsoft.AspNetCore.Http.HttpResults;

namespace Plaza.Web.Modules.GroupBuying;

/// <summary>One team, for anyone with its link.</summary>
internal static class GetTeam
{
    public static async Task<Results<Ok<TeamView>, NotFound>> Handle(Guid id, TeamReader reader, CancellationToken ct) =>
        await reader.Team(id, ct) is { } team ? TypedResults.Ok(team) : TypedResults.NotFound();
}
