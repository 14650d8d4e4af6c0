using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Plaza.Web.Modules.Sharing.Contracts;
using Plaza.Web.Platform.Auth;
using Plaza.Web.Platform.Data;
using Plaza.Web.Platform.Validation;

namespace Plaza.Web.Modules.Sharing;

/// <summary>
/// A signed-in person gets their share link for a product (in a store) or a community. Asking again
/// for the same target returns the same link; if two requests race, the unique index keeps one and
/// the loser reads it back.
/// </summary>
internal static class CreateShareLink
{
    public sealed record CreateShareLinkRequest(string? Kind, Guid? TargetId, Guid? StoreId);

    public sealed record ShareLinkView(string Code, string Kind, Guid TargetId, Guid? StoreId, string Url, string QrUrl, string PosterUrl,
        DateTime CreatedAtUtc)
    {
        public static ShareLinkView From(ShareLink l) => new(l.Code, l.TargetKind.ToLowerInvariant(), l.TargetId, l.StoreId,
            l.Path, l.Path + "/qr.png", l.Path + "/poster", l.CreatedAtUtc);
    }

    public static async Task<Outcome<ShareLink>> Execute(CreateShareLinkRequest r, ClaimsPrincipal user, PlazaDb db, ShareTargets targets, TimeProvider clock,
        CancellationToken ct)
    {
        var v = new Validator();
        var kinds = targets.Kinds;
        var kind = string.IsNullOrWhiteSpace(r.Kind) ? null : kinds.Find(r.Kind.Trim());
        if (string.IsNullOrWhiteSpace(r.Kind)) v.Add("kind", "'kind' is required.");
        else if (kind is null) v.Add("kind", $"'kind' must be one of: {string.Join(", ", kinds.All.Select(k => k.Name.ToLowerInvariant()))}.");
        v.Check(r.TargetId is not null, "targetId", "'targetId' is required.");
        if (!v.IsValid) return v;
        // Worded from the registered kinds: today "A product is shared as …" and "Only a product link names a store."
        var inStore = string.Join(" or a ", kinds.All.Where(k => k.InStore).Select(k => k.Name.ToLowerInvariant()));
        if (kind!.InStore) v.Check(r.StoreId is not null, "storeId", $"A {kind.Name.ToLowerInvariant()} is shared as one store sells it: give 'storeId'.");
        else v.Check(r.StoreId is null, "storeId", $"Only a {inStore} link names a store.");
        if (!v.IsValid) return v;
        if (await targets.Find(kind, r.TargetId!.Value, r.StoreId, ct) is null) return new Validator().Add("targetId", "There is nothing to share there.");

        var sharer = user.RequiredAccountId();
        if (await Existing(db, sharer, kind, r.TargetId.Value, r.StoreId, ct) is { } existing) return existing;

        var code = await ShareCode.FirstFree(ShareCode.New, c => db.Set<ShareLink>().AnyAsync(l => l.Code == c, ct));
        var link = ShareLink.Create(code, sharer, kind, r.TargetId.Value, r.StoreId, clock.GetUtcNow().UtcDateTime);
        if (await db.InsertOnceAsync(link, ct)) return link;
        // The same sharer asked twice at once (or, once in a blue moon, the code was taken meanwhile).
        return await Existing(db, sharer, kind, r.TargetId.Value, r.StoreId, ct) ?? throw new InvalidOperationException("A share link could not be saved.");
    }

    private static Task<ShareLink?> Existing(PlazaDb db, Guid sharer, ShareTargetDefinition kind, Guid targetId, Guid? storeId, CancellationToken ct) =>
        db.Set<ShareLink>().AsNoTracking()
            .FirstOrDefaultAsync(l => l.SharerAccountId == sharer && l.TargetKind == kind.Name && l.TargetId == targetId && l.StoreId == storeId, ct);

    public static async Task<Results<Ok<ShareLinkView>, ValidationProblem>> Handle(CreateShareLinkRequest request, ClaimsPrincipal user, PlazaDb db,
        ShareTargets targets, TimeProvider clock, CancellationToken ct)
        => (await Execute(request, user, db, targets, clock, ct)).OkOr(ShareLinkView.From);
}
