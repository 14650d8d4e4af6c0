using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
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

/// <summary>The author changes title, body and tags (checked again, so it may be held again). Others: 403; unseen: 404.</summary>
internal static class EditNote
{
    public static async Task<Outcome<Note>?> Execute(Guid id, PostNote.NoteRequest r, ClaimsPrincipal user, PostNote.Dependencies d, CancellationToken ct)
    {
        var me = user.RequiredAccountId();
        var note = await d.Db.Set<Note>().Include(n => n.Photos).Include(n => n.Products).AsSplitQuery().FirstOrDefaultAsync(n => n.Id == id, ct);
        if (note is null || note.Status == NoteStatus.Removed && note.AuthorAccountId != me) return null;
        if (note.AuthorAccountId != me)
        {
            if (note.Status != NoteStatus.Published) return null;
            throw new ForbiddenException("not_the_author", "Only the author can change this note.");
        }
        var v = await PostNote.Validate(r with { CommunityId = null }, null, 0, d, ct);
        if (!v.IsValid) return v;
        var now = d.Clock.GetUtcNow().UtcDateTime;
        var held = await NoteModeration.Check(ContentKind.Note, r.Title, r.Body, null, me, v, d.Pipeline, d.Accounts, now, ct);
        if (!v.IsValid) return v;
        // Tags are replaced as a whole: delete the old rows first so the composite keys never clash.
        await using var tx = await d.Db.Database.BeginTransactionAsync(ct);
        await d.Db.Set<NoteProduct>().Where(p => p.NoteId == id).ExecuteDeleteAsync(ct);
        foreach (var p in note.Products) d.Db.Entry(p).State = EntityState.Detached;
        note.Edit(me, r.Title!, r.Body, PostNote.Tags(r), held, now);
        foreach (var p in note.Products) d.Db.Entry(p).State = EntityState.Added;
        await d.Db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return note;
    }

    public static async Task<Results<Ok<NoteView>, ValidationProblem, NotFound>> Handle(Guid id, PostNote.NoteRequest request, ClaimsPrincipal user,
        PlazaDb db, IContentPipeline pipeline, IAccountDirectory accounts, IProductSummaries products, ICommunityAccess communities,
        PhotoStorage storage, TimeProvider clock, NoteReader reader, CancellationToken ct)
    {
        var outcome = await Execute(id, request, user, new PostNote.Dependencies(db, pipeline, accounts, products, communities, storage, clock), ct);
        if (outcome is not { } o) return TypedResults.NotFound();
        if (!o.Ok) return TypedResults.ValidationProblem(o.Errors!);
        return TypedResults.Ok(await reader.View(o.Value!, user.AccountId(), ct));
    }
}
