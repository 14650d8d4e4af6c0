using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Plaza.Web.Platform.Data;

namespace Plaza.Web.Modules.Live;

/// <summary>One room as a viewer sees it; its host (and the store's staff) also get the stream key and where to stream.</summary>
internal static class GetRoom
{
    public static async Task<Results<Ok<LiveRoomView>, Ok<LiveHostView>, NotFound>> Handle(Guid id, ClaimsPrincipal user, PlazaDb db, LiveRoomReader reader,
        CancellationToken ct)
    {
        if (await reader.Find(id, ct) is not { } room) return TypedResults.NotFound();
        var view = await reader.View(room, ct);
        return RoomAccess.CanHost(room, user) ? TypedResults.Ok(reader.HostView(view, room)) : TypedResults.Ok(view);
    }
}
