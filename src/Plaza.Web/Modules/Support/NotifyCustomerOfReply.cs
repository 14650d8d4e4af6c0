using Microsoft.EntityFrameworkCore;
using Plaza.Web.Modules.Notifications.Contracts;
using Plaza.Web.Modules.Stores.Contracts;
using Plaza.Web.Platform.Data;
using Plaza.Web.Platform.Events;

namespace Plaza.Web.Modules.Support;

/// <summary>
/// A person at the store replied: the shopper hears of it unless their conversation page was open when it arrived (the
/// page beats every 10 s; seen in the last <see cref="OnPage"/> means they are looking at it).
/// </summary>
internal sealed class NotifyCustomerOfReply(PlazaDb db, INotifier notifier, IStoreDirectory stores) : IEventHandler<SupportReplied>
{
    public const string Kind = "SupportReply";
    public static readonly TimeSpan OnPage = TimeSpan.FromSeconds(30);

    public static readonly NotificationKindDefinition Definition = new(Kind, "Replies from a store's customer service", Order: 160,
        (L, data) => L["{0} replied to you.", data["store"]]);

    public async Task Handle(SupportReplied e, Guid eventId, CancellationToken ct)
    {
        var seen = await db.Set<Conversation>().AsNoTracking().Where(c => c.Id == e.ConversationId).Select(c => c.CustomerSeenAtUtc)
            .FirstOrDefaultAsync(ct);
        if (seen >= e.AtUtc - OnPage) return;
        var store = (await stores.Names([e.StoreId], ct)).GetValueOrDefault(e.StoreId) ?? "";
        await notifier.Notify(e.CustomerId, Kind, eventId, e.ConversationId, new Dictionary<string, string> { ["store"] = store },
            $"/support/{e.ConversationId}", ct);
    }
}
