using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Plaza.Web.Platform.Data;

namespace Plaza.Web.Modules.GroupBuying;

/// <summary>A deal's teams that can still be joined, the fullest first.</summary>
internal static class ListOpenTeams
{
    public static async Task<Results<Ok<IReadOnlyList<TeamView>>, NotFound>> Handle(Guid id, TeamReader reader, PlazaDb db, CancellationToken ct) =>
        await db.Set<GroupBuyDeal>().AnyAsync(d => d.Id == id, ct) ? TypedResults.Ok(await reader.OpenTeams(id, 20, ct)) : TypedResults.NotFound();
}
