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

internal sealed record TagRequest(Guid ProductId, Guid StoreId);

/// <summary>
/// A shopper posts a note: title 1–120, Markdown body up to 10,000, up to 10 tagged products (each must be
/// listed by the given store: 400 <c>products</c> otherwise), optionally into a community they are an active
/// member of (409 <c>not_a_member</c>). Text passes the content pipeline: refused → 400 naming the field,
/// held → stored as Pending (only the author sees it). Photos may come with it (the page's form).
/// </summary>
internal static class PostNote
{
    public sealed record NoteRequest(string? Title, string? Body, Guid? CommunityId, IReadOnlyList<TagRequest>? Products);

    public sealed record Dependencies(PlazaDb Db, IContentPipeline Pipeline, IAccountDirectory Accounts, IProductSummaries Products,
        ICommunityAccess Communities, PhotoStorage Storage, TimeProvider Clock);

    public static async Task<Outcome<Note>> Execute(NoteRequest r, IReadOnlyList<IFormFile>? photos, ClaimsPrincipal user, Dependencies d, CancellationToken ct, string? photoAlt = null)
    {
        var authorId = user.RequiredAccountId();
        var v = await Validate(r, photos, 0, d, ct);
        if (!v.IsValid) return v;
        var member = r.CommunityId is { } c && await d.Communities.IsActiveMember(c, authorId, ct);
        if (r.CommunityId is { } cid && !member && await d.Communities.Find(cid, ct) is null) return v.Add("communityId", "There is no such community.");

        var now = d.Clock.GetUtcNow().UtcDateTime;
        var held = await NoteModeration.Check(ContentKind.Note, r.Title, r.Body, null, authorId, v, d.Pipeline, d.Accounts, now, ct,
            d.Db.Set<Note>().Where(n => n.AuthorAccountId == authorId).Select(n => n.CreatedAtUtc));
        if (!v.IsValid) return v;

        var note = Note.Post(authorId, r.CommunityId, member, r.Title!, r.Body, Tags(r), held, now);
        d.Db.Add(note);
        return await NotePhotos.SaveWith(note, authorId, photos, photoAlt, d.Db, d.Storage, ct);
    }

    public static IReadOnlyList<(Guid, Guid)> Tags(NoteRequest r) => (r.Products ?? []).Select(p => (p.ProductId, p.StoreId)).ToList();

    public static async Task<Validator> Validate(NoteRequest r, IReadOnlyList<IFormFile>? photos, int photosAlready, Dependencies d, CancellationToken ct)
    {
        var v = new Validator();
        v.Text(r.Title, "title", Note.TitleMax);
        v.Text(r.Body, "body", Note.BodyMax, required: false);
        var tags = r.Products ?? [];
        if (tags.Distinct().Count() > Note.MaxProducts) v.Add("products", "A note tags at most 10 products.");
        else
            foreach (var t in tags.Distinct())
                if (await d.Products.Find(t.StoreId, t.ProductId, ct) is null)
                    v.Add("products", "Tag products the chosen store lists.");
        NotePhotos.Check(photos, photosAlready, v);
        return v;
    }

    public static async Task<Results<Created<NoteView>, ValidationProblem>> Handle(NoteRequest request, ClaimsPrincipal user,
        PlazaDb db, IContentPipeline pipeline, IAccountDirectory accounts, IProductSummaries products, ICommunityAccess communities,
        PhotoStorage storage, TimeProvider clock, NoteReader reader, CancellationToken ct)
    {
        var outcome = await Execute(request, null, user, new Dependencies(db, pipeline, accounts, products, communities, storage, clock), ct);
        if (!outcome.Ok) return TypedResults.ValidationProblem(outcome.Errors!);
        var note = outcome.Value!;
        return TypedResults.Created($"/api/v1/notes/{note.Id}", await reader.View(note, note.AuthorAccountId, ct));
    }
}

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

/// <summary>The author deletes their note, with its photos, tags, likes, saves and comments.</summary>
internal static class DeleteNote
{
    public static async Task<bool> Execute(Guid id, ClaimsPrincipal user, PlazaDb db, PhotoStorage storage, CancellationToken ct)
    {
        var me = user.RequiredAccountId();
        var note = await db.Set<Note>().Include(n => n.Photos).FirstOrDefaultAsync(n => n.Id == id, ct);
        if (note is null || note.AuthorAccountId != me && note.Status != NoteStatus.Published) return false;
        if (note.AuthorAccountId != me) throw new ForbiddenException("not_the_author", "Only the author can delete this note.");
        var files = note.Photos.Select(p => p.FileName).ToList();
        db.Remove(note);
        await db.SaveChangesAsync(ct);
        foreach (var f in files) storage.Delete(f);
        return true;
    }

    public static async Task<Results<NoContent, NotFound>> Handle(Guid id, ClaimsPrincipal user, PlazaDb db, PhotoStorage storage, CancellationToken ct) =>
        await Execute(id, user, db, storage, ct) ? TypedResults.NoContent() : TypedResults.NotFound();
}

/// <summary>Photos: JPEG, PNG or WebP (checked by their bytes) up to 5 MB, at most 9, each with optional alt text.</summary>
internal static class NotePhotos
{
    public static void Check(IReadOnlyList<IFormFile>? photos, int already, Validator v)
    {
        var count = photos?.Count(f => f.Length > 0) ?? 0;
        if (already + count > Note.MaxPhotos) v.Add("photos", "A note has at most 9 photos.");
        foreach (var f in photos ?? [])
            if (f.Length > PhotoStorage.MaxBytes) v.Add("photos", "A photo may be at most 5 MB.");
    }

    /// <summary>Stores the files, then the note and its photo rows in one SaveChanges; files of a failed save are deleted again.</summary>
    public static async Task<Outcome<Note>> SaveWith(Note note, Guid by, IReadOnlyList<IFormFile>? photos, string? alt, PlazaDb db, PhotoStorage storage, CancellationToken ct)
    {
        var error = await storage.StoreThenSave(photos, (name, type) => db.Add(note.AddPhoto(by, name, type, alt)), () => db.SaveChangesAsync(ct), ct);
        return error is null ? note : new Validator().Add("photos", error);
    }

    public static async Task<Results<Created<NotePhotoView>, ValidationProblem, NotFound>> Handle(Guid id, IFormFile? file, [Microsoft.AspNetCore.Mvc.FromForm] string? alt,
        ClaimsPrincipal user, PlazaDb db, PhotoStorage storage, CancellationToken ct)
    {
        var me = user.RequiredAccountId();
        var note = await db.Set<Note>().Include(n => n.Photos).FirstOrDefaultAsync(n => n.Id == id, ct);
        if (note is null || note.AuthorAccountId != me) return TypedResults.NotFound();
        if (note.Photos.Count >= Note.MaxPhotos) throw new DomainException("too_many_photos", "A note has at most 9 photos.");
        if (file is null) return TypedResults.ValidationProblem(new Validator().Add("file", "Choose a picture to upload.").Errors);
        var outcome = await SaveWith(note, me, [file], alt, db, storage, ct);
        if (!outcome.Ok) return TypedResults.ValidationProblem(outcome.Errors!.ToDictionary(e => "file", e => e.Value));
        var photo = note.Photos[^1];
        return TypedResults.Created(photo.Url, new NotePhotoView(photo.Id, photo.Url, photo.Alt));
    }

    /// <summary>The author takes a photo off their note (its file is deleted too); false when there is no such note of theirs or photo on it.</summary>
    public static async Task<bool> Remove(Guid id, Guid photoId, ClaimsPrincipal user, PlazaDb db, PhotoStorage storage, CancellationToken ct)
    {
        var me = user.RequiredAccountId();
        var note = await db.Set<Note>().Include(n => n.Photos).FirstOrDefaultAsync(n => n.Id == id, ct);
        if (note is null || note.AuthorAccountId != me) return false;
        if (note.RemovePhoto(me, photoId) is not { } photo) return false;
        await db.SaveChangesAsync(ct);
        storage.Delete(photo.FileName);
        return true;
    }

    public static async Task<Results<NoContent, NotFound>> HandleRemove(Guid id, Guid photoId, ClaimsPrincipal user, PlazaDb db, PhotoStorage storage, CancellationToken ct) =>
        await Remove(id, photoId, user, db, storage, ct) ? TypedResults.NoContent() : TypedResults.NotFound();
}

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
