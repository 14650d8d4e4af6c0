using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Plaza.Web.Modules.Identity.Contracts;
using Plaza.Web.Modules.Notifications.Contracts;
using Plaza.Web.Modules.Social.Contracts;
using Plaza.Web.Modules.Stores.Contracts;
using Plaza.Web.Platform.Auth;
using Plaza.Web.Platform.Data;
using Plaza.Web.Platform.Validation;

namespace Plaza.Web.Modules.Social;

/// <summary>Names a person (<c>accountId</c>) or a store (<c>storeId</c>): exactly one of the two.</summary>
internal sealed record FollowRequest(Guid? AccountId, Guid? StoreId)
{
    public static FollowRequest Person(Guid accountId) => new(accountId, null);
    public static FollowRequest Store(Guid storeId) => new(null, storeId);

    public (FollowTargetKind Kind, Guid Id)? Parse(Validator v)
    {
        if (AccountId is { } a && StoreId is null) return (FollowTargetKind.Person, a);
        if (StoreId is { } s && AccountId is null) return (FollowTargetKind.Store, s);
        v.Add(AccountId is null ? "accountId" : "storeId", "Give either 'accountId' (a person) or 'storeId' (a store), not both.");
        return null;
    }
}

internal sealed record FollowView(FollowTargetKind Kind, Guid TargetId, string Name, DateTime FollowedAtUtc);

/// <summary>
/// Follow a person or a store. Following again is harmless: the answer is 200 with the existing follow
/// (201 the first time), so a client retrying after a lost response never sees an error. Following
/// yourself is refused (409 <c>cannot_follow_yourself</c>); a deleted person or unknown store is 404.
/// The follow row and both counts change in one transaction; the counts by conditional UPDATEs.
/// A person who gains a follower is notified (kind NewFollower, if they have not switched it off) once per
/// follower, ever: the notification's source id is derived from the two accounts, so unfollowing and
/// following again, the same day or a year later, does not notify again (as with likes).
/// </summary>
internal static class FollowSomeone
{
    public sealed record Followed(FollowView View, bool IsNew);

    /// <returns>null when there is no such person or store.</returns>
    public static async Task<Outcome<Followed>?> Execute(FollowRequest r, ClaimsPrincipal user, PlazaDb db, IAccountDirectory accounts,
        IStoreDirectory stores, TimeProvider clock, INotifier notifier, CancellationToken ct)
    {
        var v = new Validator();
        if (r.Parse(v) is not { } target) return v;
        var (kind, targetId) = target;
        var followerId = user.RequiredAccountId();
        var follow = Follow.Start(followerId, kind, targetId, clock.GetUtcNow().UtcDateTime);
        if (await TargetName(kind, targetId, accounts, stores, ct) is not { } name) return null;

        if (await Existing(db, followerId, kind, targetId, ct) is { } existing) return new Followed(View(existing, name), false);

        await FollowCounter.EnsureRow(db, FollowTargetKind.Person, followerId, ct);
        await FollowCounter.EnsureRow(db, kind, targetId, ct);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        // The same follow at the same moment (two taps): the primary key decides; the other one counts.
        if (!await db.InsertOnceAsync(follow, ct))
            return new Followed(View(await Existing(db, followerId, kind, targetId, ct) ?? follow, name), false);
        await FollowCounter.Move(db, followerId, kind, targetId, +1, ct);
        await tx.CommitAsync(ct);
        if (kind == FollowTargetKind.Person)
            await notifier.Notify(targetId, FollowNotificationKinds.NewFollower.Name, NewFollowerSource(followerId, targetId), followerId,
                new Dictionary<string, string> { ["followerId"] = followerId.ToString() }, $"/people/{followerId}", ct);
        return new Followed(View(follow, name), true);
    }

    /// <summary>One id per follower and followed person: the notifier keeps one notification per source id.</summary>
    public static Guid NewFollowerSource(Guid followerId, Guid followedId) =>
        new(SHA256.HashData(Encoding.UTF8.GetBytes($"NewFollower:{followerId:N}:{followedId:N}")).AsSpan(0, 16));

    public static Task<Follow?> Existing(PlazaDb db, Guid followerId, FollowTargetKind kind, Guid targetId, CancellationToken ct) =>
        db.Set<Follow>().AsNoTracking().FirstOrDefaultAsync(f => f.FollowerId == followerId && f.TargetKind == kind && f.TargetId == targetId, ct);

    /// <summary>The person's display name or the store's name; null when it does not exist (or the person's account is deleted).</summary>
    public static async Task<string?> TargetName(FollowTargetKind kind, Guid id, IAccountDirectory accounts, IStoreDirectory stores, CancellationToken ct) =>
        kind == FollowTargetKind.Person
            ? (await accounts.People([id], ct)).GetValueOrDefault(id)?.DisplayName
            : (await stores.Names([id], ct)).GetValueOrDefault(id);

    private static FollowView View(Follow f, string name) => new(f.TargetKind, f.TargetId, name, f.CreatedAtUtc);

    public static async Task<Results<Created<FollowView>, Ok<FollowView>, ValidationProblem, NotFound>> Handle(FollowRequest request, ClaimsPrincipal user,
        PlazaDb db, IAccountDirectory accounts, IStoreDirectory stores, TimeProvider clock, INotifier notifier, CancellationToken ct)
    {
        if (await Execute(request, user, db, accounts, stores, clock, notifier, ct) is not { } outcome) return TypedResults.NotFound();
        if (!outcome.Ok) return TypedResults.ValidationProblem(outcome.Errors!);
        var followed = outcome.Value!;
        return followed.IsNew ? TypedResults.Created("/api/v1/follows/following", followed.View) : TypedResults.Ok(followed.View);
    }
}

/// <summary>
/// Stop following a person or a store. Unfollowing something you do not follow is harmless (204 all the
/// same) and moves no count; counts never go below zero.
/// </summary>
internal static class UnfollowSomeone
{
    /// <returns>whether a follow was removed.</returns>
    public static async Task<Outcome<bool>> Execute(FollowRequest r, ClaimsPrincipal user, PlazaDb db, CancellationToken ct)
    {
        var v = new Validator();
        if (r.Parse(v) is not { } target) return v;
        var (kind, targetId) = target;
        var followerId = user.RequiredAccountId();

        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var removed = await db.Set<Follow>()
            .Where(f => f.FollowerId == followerId && f.TargetKind == kind && f.TargetId == targetId)
            .ExecuteDeleteAsync(ct);
        if (removed == 1) await FollowCounter.Move(db, followerId, kind, targetId, -1, ct);
        await tx.CommitAsync(ct);
        return removed == 1;
    }

    /// <summary>
    /// The target comes in the body ({ "accountId": … } or { "storeId": … }) or, for clients that cannot send a body
    /// with DELETE, the query string.
    /// </summary>
    public static async Task<Results<NoContent, ValidationProblem>> Handle(
        [FromBody(EmptyBodyBehavior = Microsoft.AspNetCore.Mvc.ModelBinding.EmptyBodyBehavior.Allow)] FollowRequest? body,
        [FromQuery] Guid? accountId, [FromQuery] Guid? storeId, ClaimsPrincipal user, PlazaDb db, CancellationToken ct)
    {
        var outcome = await Execute(body ?? new FollowRequest(accountId, storeId), user, db, ct);
        return outcome.Ok ? TypedResults.NoContent() : TypedResults.ValidationProblem(outcome.Errors!);
    }
}
