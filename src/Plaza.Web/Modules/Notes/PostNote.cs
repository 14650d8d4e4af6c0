using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Plaza.Web.Modules.Catalog.Contracts;
using Plaza.Web.Modules.Communities.Contracts;
using Plaza.Web.Modules.Identity.Contracts;
using Plaza.Web.Modules.Moderation.Contracts;
using Plaza.Web.Platform.Auth;
using Plaza.Web.Platform.Data;
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

    public static async Task<Outcome<Note>> Execute(NoteRequest r, IReadOnlyList<IFormFile>? photos, ClaimsPrincipal user, Dependencies d, CancellationToken ct,
        string? photoAlt = null)
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
