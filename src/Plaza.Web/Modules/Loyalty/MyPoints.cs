using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Plaza.Web.Platform.Auth;
using Plaza.Web.Platform.Data;
using Plaza.Web.Platform.Validation;

namespace Plaza.Web.Modules.Loyalty;

internal sealed record PointsEntryView(Guid Id, string Kind, string Reason, long Amount, Guid? OrderId, DateTime CreatedAtUtc, DateTime? ExpiresAtUtc);

/// <summary>
/// My balance, what expires within <see cref="LoyaltyOptions.ExpiringSoonDays"/> days, whether I checked in today, and
/// the ledger newest first.
/// </summary>
internal sealed record PointsView(long Balance, long ExpiringSoon, DateTime ExpiringSoonByUtc, bool CheckedInToday, long CheckInPoints,
    int SpendCapPercent, int PointsPerCurrencyUnitSpent, IReadOnlyList<PointsEntryView> History);

internal static class MyPoints
{
    public const int MaxLimit = 100;

    /// <summary>snake_case names for the API.</summary>
    public static string KindName(PointsKind k) => k switch
    {
        PointsKind.EarnedOrder => "earned_order",
        PointsKind.ReviewPhotos => "review_photos",
        PointsKind.CheckIn => "check_in",
        PointsKind.Invitation => "invitation",
        PointsKind.Redeemed => "redeemed",
        PointsKind.Expired => "expired",
        PointsKind.Reversed => "reversed",
        _ => "refund_return",
    };

    /// <summary>The reason a shopper reads in the history (English; pages translate it).</summary>
    public static string Reason(PointsKind k) => k switch
    {
        PointsKind.EarnedOrder => "Completed order",
        PointsKind.ReviewPhotos => "Review with photos",
        PointsKind.CheckIn => "Daily check-in",
        PointsKind.Invitation => "Friend joined through your link",
        PointsKind.Redeemed => "Spent at checkout",
        PointsKind.Expired => "Expired",
        PointsKind.Reversed => "Taken back after a refund",
        _ => "Given back: order cancelled or refunded",
    };

    public static async Task<Outcome<PointsView>> Execute(Guid accountId, int? limit, PointsBook book, PlazaDb db, CancellationToken ct)
    {
        var v = new Validator().Check(limit is null or >= 1 and <= MaxLimit, "limit", $"'limit' must be from 1 to {MaxLimit}.");
        if (!v.IsValid) return v;
        var account = await book.Find(accountId, ct);
        var soonBy = book.Now.AddDays(Math.Max(1, book.Options.ExpiringSoonDays));
        var (soon, _) = account is null ? (0, null) : await ExpirePoints.Expiring(db, accountId, soonBy, ct);
        var today = PointsBook.Source.Day(CheckIn.Today(book));
        var checkedIn = await db.Set<PointsEntry>().AnyAsync(e => e.AccountId == accountId && e.Kind == PointsKind.CheckIn && e.Source == today, ct);
        var entries = await db.Set<PointsEntry>().AsNoTracking().Where(e => e.AccountId == accountId && e.Amount != 0)
            .OrderByDescending(e => e.CreatedAtUtc).ThenByDescending(e => e.Id).Take(limit ?? 50).ToListAsync(ct);
        return new PointsView(account?.Balance ?? 0, Math.Min(soon, account?.Balance ?? 0), soonBy, checkedIn, book.Options.CheckInPoints,
            book.Options.SpendCapPercent, book.Options.PointsPerCurrencyUnitSpent,
            entries.Select(e => new PointsEntryView(e.Id, KindName(e.Kind), Reason(e.Kind), e.Amount, e.OrderId, e.CreatedAtUtc, e.ExpiresAtUtc)).ToList());
    }

    public static async Task<Results<Ok<PointsView>, ValidationProblem>> Handle(ClaimsPrincipal user, int? limit, PointsBook book, PlazaDb db,
        CancellationToken ct) =>
        (await Execute(user.RequiredAccountId(), limit, book, db, ct)).OkOr(p => p);
}
