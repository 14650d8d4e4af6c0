using Microsoft.AspNetCore.Http.HttpResults;

namespace Plaza.Web.Modules.Bargaining;

/// <summary>One bargain, for anyone with its link.</summary>
internal static class GetBargain
{
    public static async Task<Results<Ok<BargainView>, NotFound>> Handle(Guid id, BargainReader reader, CancellationToken ct) =>
        await reader.Bargain(id, ct) is { } view ? TypedResults.Ok(view) : TypedResults.NotFound();
}
