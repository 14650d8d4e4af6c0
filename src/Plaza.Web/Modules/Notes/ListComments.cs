using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Plaza.Web.Modules.Identity.Contracts;
using Plaza.Web.Platform.Data;

namespace Plaza.Web.Modules.Notes;

/// <summary>A note's comments as its readers see them.</summary>
internal static class ListComments
{
    /// <summary>
    /// Published comments oldest first, each with its published replies; the caller also sees their own held ones.
    /// A comment a moderator removed is gone; if it has replies they stay, under a placeholder with no author or text.
    /// </summary>
    public static async Task<IReadOnlyList<CommentView>?> Execute(Guid noteId, Guid? viewer, PlazaDb db, NoteReader reader, IAccountDirectory accounts,
        CancellationToken ct)
    {
        if (await reader.Readable(noteId, viewer, ct) is null) return null;
        var all = await db.Set<NoteComment>().AsNoTracking()
            .Where(c => c.NoteId == noteId && (c.Status == NoteStatus.Published || c.Status == NoteStatus.Pending && c.AuthorAccountId == viewer
                || c.Status == NoteStatus.Removed && c.ParentId == null))
            .OrderBy(c => c.CreatedAtUtc).ThenBy(c => c.Id).Take(1000).ToListAsync(ct);
        var shown = all.Where(c => c.Status != NoteStatus.Removed).ToList();
        var ids = shown.Select(c => c.AuthorAccountId).Concat(shown.SelectMany(c => Mentions.InStored(c.Text))).Distinct().ToList();
        var names = (await accounts.People(ids, ct)).ToDictionary(p => p.Key, p => p.Value.DisplayName);
        CommentView View(NoteComment c, IReadOnlyList<CommentView> replies) => c.Status == NoteStatus.Removed
            ? new(c.Id, null, Guid.Empty, "", "", c.Status, c.CreatedAtUtc, replies)
            : new(c.Id, c.ParentId, c.AuthorAccountId, names.GetValueOrDefault(c.AuthorAccountId, "Deleted user"), Mentions.Display(c.Text, names), c.Status,
                c.CreatedAtUtc, replies);
        var replies = all.Where(c => c.ParentId is not null).ToLookup(c => c.ParentId!.Value);
        return all.Where(c => c.ParentId is null && (c.Status != NoteStatus.Removed || replies[c.Id].Any()))
            .Select(c => View(c, replies[c.Id].Select(r => View(r, [])).ToList())).ToList();
    }

    public static async Task<Results<Ok<IReadOnlyList<CommentView>>, NotFound>> Handle(Guid id, HttpContext http, PlazaDb db, NoteReader reader,
        IAccountDirectory accounts, CancellationToken ct) =>
        await Execute(id, await GetNote.Viewer(http), db, reader, accounts, ct) is { } list ? TypedResults.Ok(list) : TypedResults.NotFound();
}
