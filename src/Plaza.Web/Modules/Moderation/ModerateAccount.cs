using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Plaza.Web.Modules.Identity.Contracts;
using Plaza.Web.Modules.Notifications.Contracts;
using Plaza.Web.Platform.Auth;
using Plaza.Web.Platform.Data;
using Plaza.Web.Platform.Validation;

namespace Plaza.Web.Modules.Moderation;

/// <summary>
/// A moderator warns an account (the person is notified), suspends it for 1–365 days (it cannot sign in
/// until then, and its sessions end at once), lifts a suspension, or locks its trust level. Each is an audit row.
/// </summary>
internal static class ModerateAccount
{
    public const int MaxSuspensionDays = 365;

    public sealed record WarnRequest(string? Message);

    public sealed record SuspendRequest(int? Days, string? Reason);

    public sealed record AccountActionView(Guid AuditId, string Action, Guid AccountId, DateTime? SuspendedUntilUtc);

    public static async Task<Outcome<AccountActionView>?> Warn(Guid accountId, WarnRequest request, ClaimsPrincipal user, PlazaDb db,
        IAccountDirectory accounts, INotifier notifier, TimeProvider clock, CancellationToken ct)
    {
        var v = new Validator().Text(request.Message, "message", ModerationAction.ReasonMax);
        if (!v.IsValid) return v;
        if (!(await accounts.People([accountId], ct)).ContainsKey(accountId)) return null;
        var message = request.Message!.Trim();
        var audit = ModerationAction.Record(user.RequiredAccountId(), ModerationActions.Warn, ModerationActions.AccountTarget, accountId, message,
            clock.GetUtcNow().UtcDateTime);
        db.Add(audit);
        await db.SaveChangesAsync(ct);
        await notifier.Notify(accountId, ModerationNotificationKinds.ModeratorWarning.Name, audit.Id, null,
            new Dictionary<string, string> { ["message"] = message }, null, ct);
        return new AccountActionView(audit.Id, audit.Action, accountId, null);
    }

    public static async Task<Outcome<AccountActionView>?> Suspend(Guid accountId, SuspendRequest request, ClaimsPrincipal user, PlazaDb db,
        IAccountSuspensions suspensions, TimeProvider clock, CancellationToken ct)
    {
        var v = new Validator()
            .Check(request.Days is >= 1 and <= MaxSuspensionDays, "days", "'days' must be between 1 and 365.")
            .Text(request.Reason, "reason", ModerationAction.ReasonMax);
        if (!v.IsValid) return v;
        var now = clock.GetUtcNow().UtcDateTime;
        var until = now.AddDays(request.Days!.Value);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        if (!await suspensions.Suspend(accountId, until, ct)) return null;
        var audit = ModerationAction.Record(user.RequiredAccountId(), ModerationActions.Suspend, ModerationActions.AccountTarget, accountId,
            request.Reason!.Trim(), now);
        db.Add(audit);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return new AccountActionView(audit.Id, audit.Action, accountId, until);
    }

    public static async Task<AccountActionView?> Unsuspend(Guid accountId, ClaimsPrincipal user, PlazaDb db, IAccountSuspensions suspensions,
        TimeProvider clock, CancellationToken ct)
    {
        if (!await suspensions.Unsuspend(accountId, ct)) return null;
        var audit = ModerationAction.Record(user.RequiredAccountId(), ModerationActions.Unsuspend, ModerationActions.AccountTarget, accountId, null,
            clock.GetUtcNow().UtcDateTime);
        db.Add(audit);
        await db.SaveChangesAsync(ct);
        return new AccountActionView(audit.Id, audit.Action, accountId, null);
    }

    public sealed record TrustLevelRequest(int? Level);

    /// <summary>Pin the account's trust level (0–3), or unpin it (null) so it is computed from activity again.</summary>
    public static async Task<Outcome<AccountActionView>?> LockTrustLevel(Guid accountId, TrustLevelRequest request, ClaimsPrincipal user, PlazaDb db,
        IAccountSuspensions suspensions, TimeProvider clock, CancellationToken ct)
    {
        var v = new Validator().Check(request.Level is null or (>= 0 and <= TrustLevelNames.Max), "level", "'level' must be 0, 1, 2, 3 or null.");
        if (!v.IsValid) return v;
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        if (!await suspensions.LockTrustLevel(accountId, request.Level, ct)) return null;
        var audit = ModerationAction.Record(user.RequiredAccountId(), ModerationActions.LockTrust, ModerationActions.AccountTarget, accountId,
            request.Level is { } l ? $"level {l}" : "unlocked", clock.GetUtcNow().UtcDateTime);
        db.Add(audit);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return new AccountActionView(audit.Id, audit.Action, accountId, null);
    }

    /// <summary>What moderators did about this account or its content, newest first.</summary>
    public static Task<List<ModerationAction>> History(Guid accountId, PlazaDb db, CancellationToken ct) =>
        db.Set<ModerationAction>().AsNoTracking().Where(a => a.SubjectAccountId == accountId)
            .OrderByDescending(a => a.AtUtc).ThenByDescending(a => a.Id).Take(50).ToListAsync(ct);

    public static async Task<Results<Ok<AccountActionView>, ValidationProblem, NotFound>> HandleLockTrustLevel(Guid id, TrustLevelRequest request,
        ClaimsPrincipal user,
        PlazaDb db, IAccountSuspensions suspensions, TimeProvider clock, CancellationToken ct) =>
        (await LockTrustLevel(id, request, user, db, suspensions, clock, ct)).OkOr(a => a);

    public static async Task<Results<Ok<AccountStanding>, NotFound>> HandleStanding(Guid id, IAccountDirectory accounts, CancellationToken ct)
    {
        await accounts.TrustLevel(id, ct);
        return await accounts.Standing(id, ct) is { } s ? TypedResults.Ok(s) : TypedResults.NotFound();
    }

    public static async Task<Results<Ok<AccountActionView>, ValidationProblem, NotFound>> HandleWarn(Guid id, WarnRequest request, ClaimsPrincipal user,
        PlazaDb db,
        IAccountDirectory accounts, INotifier notifier, TimeProvider clock, CancellationToken ct) =>
        (await Warn(id, request, user, db, accounts, notifier, clock, ct)).OkOr(a => a);

    public static async Task<Results<Ok<AccountActionView>, ValidationProblem, NotFound>> HandleSuspend(Guid id, SuspendRequest request,
        ClaimsPrincipal user, PlazaDb db,
        IAccountSuspensions suspensions, TimeProvider clock, CancellationToken ct) =>
        (await Suspend(id, request, user, db, suspensions, clock, ct)).OkOr(a => a);

    public static async Task<Results<Ok<AccountActionView>, NotFound>> HandleUnsuspend(Guid id, ClaimsPrincipal user, PlazaDb db,
        IAccountSuspensions suspensions,
        TimeProvider clock, CancellationToken ct) =>
        await Unsuspend(id, user, db, suspensions, clock, ct) is { } a ? TypedResults.Ok(a) : TypedResults.NotFound();
}
