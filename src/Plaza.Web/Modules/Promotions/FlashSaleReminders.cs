using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Plaza.Web.Modules.Notifications.Contracts;
using Plaza.Web.Platform.Auth;
using Plaza.Web.Platform.Data;
using Plaza.Web.Platform.Errors;
using Plaza.Web.Platform.Jobs;

namespace Plaza.Web.Modules.Promotions;

/// <summary>
/// "Remind me" on an upcoming flash sale: one row per sale and shopper (setting it twice is the same as once), and
/// one notification when the sale starts, sent by <see cref="RemindFlashSales"/>.
/// </summary>
internal sealed class FlashSaleReminder
{
    private FlashSaleReminder() { }

    public Guid FlashSaleId { get; private set; }
    public Guid CustomerId { get; private set; }
    public DateTime CreatedAtUtc { get; private set; }
    /// <summary>When the shopper was told the sale started; null until then.</summary>
    public DateTime? SentAtUtc { get; private set; }

    public static FlashSaleReminder For(Guid flashSaleId, Guid customerId, DateTime now) =>
        new() { FlashSaleId = flashSaleId, CustomerId = customerId, CreatedAtUtc = now };
}

internal sealed record FlashSaleReminderView(Guid FlashSaleId, DateTime StartsAtUtc, bool Reminded);

internal static class FlashSaleReminders
{
    /// <returns>null when there is no such flash sale.</returns>
    public static async Task<FlashSaleReminderView?> Set(Guid saleId, Guid customerId, PlazaDb db, TimeProvider clock, CancellationToken ct)
    {
        var sale = await db.Set<FlashSale>().AsNoTracking().FirstOrDefaultAsync(s => s.Id == saleId, ct);
        if (sale is null) return null;
        var now = clock.GetUtcNow().UtcDateTime;
        if (!sale.IsUpcoming(now)) throw new DomainException("flash_sale_started", "This flash sale has already started: there is nothing to remind you of.");
        // The same shopper pressing twice at once keeps one reminder.
        if (!await db.Set<FlashSaleReminder>().AnyAsync(r => r.FlashSaleId == saleId && r.CustomerId == customerId, ct))
            await db.InsertOnceAsync(FlashSaleReminder.For(saleId, customerId, now), ct);
        return new FlashSaleReminderView(saleId, sale.StartsAtUtc, true);
    }

    /// <returns>null when there is no such flash sale.</returns>
    public static async Task<FlashSaleReminderView?> Remove(Guid saleId, Guid customerId, PlazaDb db, CancellationToken ct)
    {
        var sale = await db.Set<FlashSale>().AsNoTracking().FirstOrDefaultAsync(s => s.Id == saleId, ct);
        if (sale is null) return null;
        await db.Set<FlashSaleReminder>().Where(r => r.FlashSaleId == saleId && r.CustomerId == customerId).ExecuteDeleteAsync(ct);
        return new FlashSaleReminderView(saleId, sale.StartsAtUtc, false);
    }

    /// <summary>Which of these sales the shopper asked to be reminded of (empty when signed out).</summary>
    public static async Task<IReadOnlySet<Guid>> Of(Guid? customerId, IReadOnlyCollection<Guid> saleIds, PlazaDb db, CancellationToken ct) =>
        customerId is not { } id || saleIds.Count == 0
            ? new HashSet<Guid>()
            : (await db.Set<FlashSaleReminder>().AsNoTracking().Where(r => r.CustomerId == id && saleIds.Contains(r.FlashSaleId))
                .Select(r => r.FlashSaleId).ToListAsync(ct)).ToHashSet();

    public static async Task<Results<Ok<FlashSaleReminderView>, NotFound>> HandleSet(Guid id, ClaimsPrincipal user, PlazaDb db, TimeProvider clock,
        CancellationToken ct) =>
        await Set(id, user.RequiredAccountId(), db, clock, ct) is { } view ? TypedResults.Ok(view) : TypedResults.NotFound();

    public static async Task<Results<Ok<FlashSaleReminderView>, NotFound>> HandleRemove(Guid id, ClaimsPrincipal user, PlazaDb db, CancellationToken ct) =>
        await Remove(id, user.RequiredAccountId(), db, ct) is { } view ? TypedResults.Ok(view) : TypedResults.NotFound();
}

/// <summary>
/// Tells each shopper who pressed "Remind me" once when the flash sale starts. Safe on several nodes and when run
/// twice: the notification's source is the sale (one per shopper and sale, kept by the notifications' unique index),
/// and the reminder is marked sent only after that, with a conditional UPDATE. Reminders of a sale that ended before
/// the job saw it are not sent.
/// </summary>
internal sealed class RemindFlashSales(IServiceScopeFactory scopes, ILogger<RemindFlashSales> log) : PeriodicSweep(scopes, log)
{
    public const string NotificationKind = "FlashSale";

    /// <returns>How many reminders were sent.</returns>
    public static async Task<int> SweepAsync(IServiceProvider sp, CancellationToken ct)
    {
        var db = sp.GetRequiredService<PlazaDb>();
        var notifier = sp.GetRequiredService<INotifier>();
        var now = sp.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
        var due = await (from r in db.Set<FlashSaleReminder>()
                         join s in db.Set<FlashSale>() on r.FlashSaleId equals s.Id
                         where r.SentAtUtc == null && s.StartsAtUtc <= now && s.EndsAtUtc > now
                         orderby s.StartsAtUtc
                         select new { r.CustomerId, Sale = s }).AsNoTracking().Take(500).ToListAsync(ct);
        var sent = 0;
        foreach (var d in due)
        {
            var s = d.Sale;
            await notifier.Notify(d.CustomerId, NotificationKind, s.Id, s.Id, new Dictionary<string, string>
            {
                ["title"] = s.Title, ["priceMinor"] = s.PriceMinor.ToString(CultureInfo.InvariantCulture), ["currency"] = s.Currency,
            }, $"/stores/{s.StoreId}/products/{s.ProductId}", ct);
            sent += await db.Set<FlashSaleReminder>().Where(r => r.FlashSaleId == s.Id && r.CustomerId == d.CustomerId && r.SentAtUtc == null)
                .ExecuteUpdateAsync(x => x.SetProperty(r => r.SentAtUtc, now), ct);
        }
        return sent;
    }

    protected override TimeSpan Period => TimeSpan.FromSeconds(30);

    protected override Task<int> Sweep(IServiceProvider services, CancellationToken ct) => SweepAsync(services, ct);

    protected override void Report(int count) => log.LogInformation("Reminded {Count} shoppers that a flash sale started", count);
}
