using Microsoft.AspNetCore.Mvc;
using Plaza.Web.Modules.Communities.Contracts;
using Plaza.Web.Platform.Auth;
using Plaza.Web.Platform.Data;

namespace Plaza.Web.Modules.Notes.Pages;

internal sealed record NoteListModel(NotePage Page, string? WriteLink, string? MoreLink);

/// <summary>
/// The newest notes of a community or a person, for their pages (<c>@await Component.InvokeAsync("NoteList", new { communityId })</c>).
/// Shows nothing for a community the reader may not read. Public because MVC finds only public view components;
/// its services are internal, so it takes them from the request.
/// </summary>
public sealed class NoteListViewComponent : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(Guid? communityId = null, Guid? authorId = null, bool canWrite = false)
    {
        var db = HttpContext.RequestServices.GetRequiredService<PlazaDb>();
        var reader = HttpContext.RequestServices.GetRequiredService<NoteReader>();
        var communities = HttpContext.RequestServices.GetRequiredService<ICommunityAccess>();
        var viewer = UserClaimsPrincipal.AccountId();
        var ct = HttpContext.RequestAborted;
        NotePage? page = communityId is { } c
            ? await ListNotes.ByCommunity(c, viewer, null, 6, db, reader, communities, ct)
            : authorId is { } a ? await ListNotes.ByAuthor(a, viewer, null, 6, db, reader, communities, ct) : null;
        if (page is null) return Content("");
        var write = canWrite ? communityId is { } cid ? $"/notes/new?community={cid}" : "/notes/new" : null;
        return View("/Modules/Notes/Pages/_NoteList.cshtml", new NoteListModel(page, write, null));
    }
}
