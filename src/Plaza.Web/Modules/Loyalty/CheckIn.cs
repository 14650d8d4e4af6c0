using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Plaza.Web.Platform.Auth;
using Plaza.Web.Platform.Errors;

namespace Plaza.Web.Modules.Loyalty;

/// <summary>
/// The daily check-in: a few points and a little growth, once per calendar day in
/// <see cref="LoyaltyOptions.CheckInTimeZone"/>. The ledger's unique (account, kind, source = day) decides
/// when two taps race: the second gets 409 already_checked_in.
/// </summary>
internal static class CheckIn
{
    public sealed record CheckInView(DateOnly Day, long Points, long Balance);

    public static DateOnly Today(PointsBook book)
    {
        var zone = TimeZoneInfo.TryFindSystemTimeZoneById(book.Options.CheckInTimeZone, out var z) ? z : TimeZoneInfo.Utc;
        return DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(book.Now, zone));
    }

    public static async Task<CheckInView> Execute(Guid accountId, PointsBook book, CancellationToken ct)
    {
        var day = Today(book);
        var entry = await book.Credit(accountId, PointsKind.CheckIn, book.Options.CheckInPoints, book.Options.CheckInGrowth,
            PointsBook.Source.Day(day), null, ct)
            ?? throw new DomainException("already_checked_in", "You have already checked in today. Come back tomorrow.");
        var balance = (await book.Find(accountId, ct))?.Balance ?? 0;
        return new CheckInView(day, entry.Amount, balance);
    }

    public static async Task<Created<CheckInView>> Handle(ClaimsPrincipal user, PointsBook book, CancellationToken ct) =>
        TypedResults.Created("/api/v1/points", await Execute(user.RequiredAccountId(), book, ct));
}
