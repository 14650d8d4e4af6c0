using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Plaza.Web.Modules.Catalog;
using Plaza.Web.Modules.Catalog.Contracts;
using Plaza.Web.Modules.Communities.Contracts;
using Plaza.Web.Modules.Identity.Contracts;
using Plaza.Web.Modules.Moderation.Contracts;
using Plaza.Web.Platform.Auth;
using Plaza.Web.Platform.Data;
using Plaza.Web.Platform.Errors;
using Plaza.Web.Platform.Validation;
using Plaza.Web.Platform.Web;

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
