using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Plaza.Web.Platform.Data;
using Plaza.Web.Platform.Validation;
using Plaza.Web.Platform.Web;

namespace Plaza.Web.Modules.Live;

/// <summary>
/// The host gives the room a cover picture (checked and cleaned like every upload); the old cover's file goes once the new
/// one is saved.
/// </summary>
internal static class ChangeRoomCover
{
    /// <returns>null when the room does not exist or the caller does not run it.</returns>
    public static async Task<Outcome<LiveRoom>?> Execute(Guid roomId, IFormFile? file, ClaimsPrincipal user, PlazaDb db, PhotoStorage storage,
        CancellationToken ct)
    {
        var room = await db.Set<LiveRoom>().FirstOrDefaultAsync(r => r.Id == roomId, ct);
        if (room is null || !RoomAccess.CanHost(room, user)) return null;
        if (PhotoStorage.Missing(file) is { } missing) return new Validator().Add("file", missing);
        string? replaced = null;
        var error = await storage.StoreThenSave([file!], (name, _) => replaced = room.ReplaceCover(name), () => db.SaveChangesAsync(ct), ct);
        if (error is not null) return new Validator().Add("file", error);
        if (replaced is not null) storage.Delete(replaced);
        return room;
    }

    public static async Task<Results<Ok<LiveHostView>, ValidationProblem, NotFound>> Handle(Guid id, IFormFile? file, ClaimsPrincipal user,
        PlazaDb db, PhotoStorage storage, LiveRoomReader reader, CancellationToken ct)
    {
        if (await Execute(id, file, user, db, storage, ct) is not { } outcome) return TypedResults.NotFound();
        if (!outcome.Ok) return TypedResults.ValidationProblem(outcome.Errors!);
        return TypedResults.Ok(reader.HostView(await reader.View(outcome.Value!, ct), outcome.Value!));
    }
}
