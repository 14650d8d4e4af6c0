using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Plaza.Web.Modules.Identity.Contracts;
using Plaza.Web.Modules.Loyalty.Contracts;
using Plaza.Web.Modules.Ordering.Contracts;
using Plaza.Web.Modules.Stores.Contracts;
using Plaza.Web.Modules.Support.ServiceLevels;
using Plaza.Web.Platform.Auth;
using Plaza.Web.Platform.Data;
using Plaza.Web.Platform.Errors;
using Plaza.Web.Platform.Validation;
using Plaza.Web.Platform.Web;

namespace Plaza.Web.Modules.Support.Pages;

/// <summary>
/// Back office: the store's customer-service inbox — unassigned, mine, all — and the open conversation with the customer's
/// context beside it (recent orders here, points, tier, earlier conversations); reply or write an internal note, take it or
/// give it to a colleague, mark it pending, snooze or resolve it; and the agent's own limit and away switch. The store's saved
/// replies, filled for the open conversation, go into the reply box (by script, or by choosing one and reloading with
/// <c>reply</c>). New and changed conversations take their place in the list live (wwwroot/js/support-chat.js).
/// </summary>
internal sealed class StaffInboxModel(PlazaDb db, SupportReader reader, IStoreDirectory stores, IOrderLookup orders, ILoyaltyPoints loyalty,
    IAccountDirectory accounts, AgentSeats seats, SupportNews news, SupportBroadcast broadcast, PhotoStorage storage, PostCustomerMessage customer,
    ServiceLevelReader levels, TimeProvider clock) : StaffPageModel
{
    public const int RecentOrders = 5, EarlierConversations = 5;

    /// <summary>The status buttons: status, label, and for snoozing how many hours.</summary>
    public static readonly (string Status, string Label, int? Hours)[] StatusActions =
        [("pending", "Waiting for the customer", null), ("snoozed", "Snooze until tomorrow", 24), ("resolved", "Resolve", null)];

    public string StoreName { get; private set; } = "";
    public TimeZoneInfo Zone { get; private set; } = TimeZoneInfo.Utc;
    public string View { get; private set; } = "unassigned";
    public IReadOnlyList<ConversationView> Conversations { get; private set; } = [];
    public ConversationDetail? Open { get; private set; }
    public IReadOnlyList<CustomerOrder> CustomerOrders { get; private set; } = [];
    public PointsStatement? Points { get; private set; }
    public TierStanding? Tier { get; private set; }
    public IReadOnlyList<ConversationView> Earlier { get; private set; } = [];
    public IReadOnlyList<SetAgentSeat.SeatView> Seats { get; private set; } = [];
    public IReadOnlyDictionary<Guid, string> Colleagues { get; private set; } = new Dictionary<Guid, string>();
    public IReadOnlyList<FilledReplyView> Replies { get; private set; } = [];
    /// <summary>The saved reply chosen without script: its filled text starts the reply box.</summary>
    public FilledReplyView? Chosen { get; private set; }

    public async Task<IActionResult> OnGetAsync(string? view, Guid? c, Guid? reply, CancellationToken ct)
    {
        if (await stores.Terms(StoreId, ct) is not { } store) return NotFound();
        StoreName = store.Name;
        Zone = StoreTime.Zone(store.TimeZone);
        var me = User.RequiredAccountId();
        var now = clock.GetUtcNow().UtcDateTime;
        await seats.Ensure(StoreId, me, now, ct);
        View = view is "mine" or "all" ? view : "unassigned";
        Conversations = await reader.Views(await ListConversations.Inbox(StoreId, me, View, null, db, ct) ?? [], forAgents: true, ct);
        Seats = await SetAgentSeat.List(StoreId, db, accounts, now, ct);
        Colleagues = Seats.ToDictionary(s => s.AccountId, s => s.Name ?? "");
        if (c is { } id && await reader.Find(id, ct) is { } open && open.StoreId == StoreId) await LoadOpen(open, reply, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostReplyAsync(Guid c, string? text, bool note, IFormFile? photo, string? view, CancellationToken ct) =>
        await Act(c, view, async () => photo is not null && PhotoStorage.IsChosen(photo) && !note
            ? await PostPhoto.Execute(c, photo, text, User, db, storage, customer, seats, news, reader, clock, ct)
            : await PostAgentMessage.Execute(c, text, note, null, User, db, seats, news, clock, ct));

    public async Task<IActionResult> OnPostAssignAsync(Guid c, Guid? agentId, string? view, CancellationToken ct) =>
        await Act(c, view, () => AssignConversation.OnPurpose(c, agentId ?? User.RequiredAccountId(), User, db, stores, seats, news, clock, ct));

    public async Task<IActionResult> OnPostStatusAsync(Guid c, string? status, int? snoozeHours, string? view, CancellationToken ct)
    {
        var until = snoozeHours is { } h ? clock.GetUtcNow().UtcDateTime.AddHours(h) : (DateTime?)null;
        return await Act(c, view, () => ChangeConversationStatus.Execute(c, new(status, until), User, db, seats, news, levels, clock, ct));
    }

    public async Task<IActionResult> OnPostSeatAsync(int? maxOpen, bool away, string? view, CancellationToken ct)
    {
        var outcome = await SetAgentSeat.Execute(StoreId, User.RequiredAccountId(), new(maxOpen, away), User, db, stores, seats, clock, ct);
        if (outcome is { Ok: false } refused) Problem(refused.Errors!.Values.First()[0]);
        else Notice("Saved");
        return LocalRedirect($"/staff/stores/{StoreId}/support?view={view}");
    }

    /// <summary>Runs an action on conversation <paramref name="c"/>; one this person may not see is a 404, as in the API.</summary>
    private async Task<IActionResult> Act<T>(Guid c, string? view, Func<Task<Outcome<T>?>> action)
    {
        try
        {
            if (await action() is not { } outcome) return NotFound();
            if (!outcome.Ok) Problem(outcome.Errors!.Values.First()[0]);
        }
        catch (DomainException e)
        {
            Problem(e.Message);
        }
        return LocalRedirect($"/staff/stores/{StoreId}/support?view={view}&c={c}");
    }

    private async Task LoadOpen(Conversation open, Guid? reply, CancellationToken ct)
    {
        Open = await reader.Detail(open, forAgents: true, ct);
        Replies = await FillCannedReplies.For(open, db, accounts, orders, stores, ct);
        Chosen = Replies.FirstOrDefault(r => r.Id == reply);
        CustomerOrders = await orders.Recent(open.CustomerId, StoreId, RecentOrders, ct);
        Points = await loyalty.Statement(open.CustomerId, ct);
        Tier = await loyalty.Standing(open.CustomerId, ct);
        var earlier = await db.Set<Conversation>().AsNoTracking()
            .Where(x => x.CustomerId == open.CustomerId && x.StoreId == StoreId && x.Id != open.Id).OrderByDescending(x => x.LastMessageAtUtc)
            .Take(EarlierConversations).ToListAsync(ct);
        Earlier = await reader.Views(earlier, forAgents: true, ct);
        await MarkRead.Execute(open.Id, User, db, broadcast, clock, ct);
    }
}
