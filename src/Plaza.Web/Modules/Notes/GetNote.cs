using Microsoft.AspNetCore.Http.HttpResults;
using Plaza.Web.Platform.Auth;

namespace Plaza.Web.Modules.Notes;

/// <summary>One note with rendered HTML and its tagged products at the store's current price; 404 when the caller may not see it.</summary>
internal static class GetNote
{
    /// <summary>The caller's account from a bearer token on an endpoint that does not require one.</summary>
    public static async Task<Guid?> Viewer(HttpContext http) =>
        (await Microsoft.AspNetCore.Authentication.AuthenticationHttpContextExtensions.AuthenticateAsync(http, AuthSchemes.Bearer)).Principal?.AccountId();

    public static async Task<Results<Ok<NoteView>, NotFound>> Handle(Guid id, HttpContext http, NoteReader reader, CancellationToken ct)
    {
        var viewer = await Viewer(http);
        return await reader.Readable(id, viewer, ct) is { } note ? TypedResults.Ok(await reader.View(note, viewer, ct)) : TypedResults.NotFound();
    }
}
