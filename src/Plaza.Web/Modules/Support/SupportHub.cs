using Microsoft.AspNetCore.SignalR;
using Microsoft.EntityFrameworkCore;
using Plaza.Web.Modules.Identity.Contracts;
using Plaza.Web.Platform.Auth;
using Plaza.Web.Platform.Data;

namespace Plaza.Web.Modules.Support;

/// <summary>
/// The conversation's real-time side, at <c>/hubs/support</c> (methods and events in the README). A shopper opens their own
/// conversation; a store's people open any of the store's and the store's inbox. Everything is checked against the stored
/// conversation, never against connection state; sending goes through the same use cases as the API.
/// </summary>
internal sealed class SupportHub(PlazaDb db, SupportReader reader, SupportBroadcast broadcast, PostCustomerMessage postCustomer, AgentSeats seats,
    SupportNews news, IAccountDirectory accounts, TimeProvider clock) : Hub
{
    /// <returns>The conversation and its messages as the caller may see them; null when they may not.</returns>
    public async Task<ConversationDetail?> Join(Guid conversationId)
    {
        var ct = Context.ConnectionAborted;
        if (await reader.Find(conversationId, ct) is not { } c || Context.User is not { } user || !SupportAccess.CanSee(c, user)) return null;
        var agent = SupportAccess.IsAgent(c, user);
        var group = agent ? SupportBroadcast.AgentsGroup(c.Id) : SupportBroadcast.CustomerGroup(c.Id);
        await Groups.AddToGroupAsync(Context.ConnectionId, group, ct);
        return await reader.Detail(c, agent, ct);
    }

    /// <summary>A store person's inbox page: new and changed conversations arrive live, and they count as online for assignment.</summary>
    public async Task<bool> JoinInbox(Guid storeId)
    {
        var ct = Context.ConnectionAborted;
        if (Context.User is not { } user || !user.IsStaffOf(storeId)) return false;
        await Groups.AddToGroupAsync(Context.ConnectionId, SupportBroadcast.InboxGroup(storeId), ct);
        await BeatInbox(storeId);
        await AssignWaiting.Run(storeId, db, seats, news, clock, ct);
        return true;
    }

    /// <summary>Sent by the inbox page every 15 s: what "online" means for automatic assignment.</summary>
    public async Task BeatInbox(Guid storeId)
    {
        if (Context.User is not { } user || !user.IsStaffOf(storeId)) return;
        var me = user.RequiredAccountId();
        var now = clock.GetUtcNow().UtcDateTime;
        await seats.Ensure(storeId, me, now, Context.ConnectionAborted);
        await seats.Seen(storeId, me, now, Context.ConnectionAborted);
    }

    /// <summary>Sent by the shopper's page every 10 s while it is open: replies then need no notification.</summary>
    public Task Beat(Guid conversationId)
    {
        if (Context.User?.AccountId() is not { } me) return Task.CompletedTask;
        var now = clock.GetUtcNow().UtcDateTime;
        return db.Set<Conversation>().Where(c => c.Id == conversationId && c.CustomerId == me)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.CustomerSeenAtUtc, now), Context.ConnectionAborted);
    }

    /// <summary>The shopper writes; the answer (the assistant's, or later a person's) arrives as Message events.</summary>
    public async Task<SupportActionResult> Send(Guid conversationId, string? text)
    {
        if (await postCustomer.Execute(conversationId, text, null, Context.User!, Context.ConnectionAborted) is not { } outcome)
            return SupportActionResult.NotFound;
        return outcome.Ok ? SupportActionResult.Done : new SupportActionResult(false, "invalid_text", outcome.Errors!.Values.First()[0]);
    }

    /// <summary>Someone is typing: the other side sees it for a few seconds (nothing is stored).</summary>
    public async Task Typing(Guid conversationId)
    {
        var ct = Context.ConnectionAborted;
        if (await reader.Find(conversationId, ct) is not { } c || Context.User is not { } user || !SupportAccess.CanSee(c, user)) return;
        var customer = SupportAccess.IsCustomer(c, user);
        var name = customer ? null : (await accounts.People([user.RequiredAccountId()], ct)).Values.FirstOrDefault()?.DisplayName;
        await broadcast.Typing(c.Id, customer, name);
    }

    public async Task Read(Guid conversationId) =>
        await MarkRead.Execute(conversationId, Context.User!, db, broadcast, clock, Context.ConnectionAborted);
}

/// <summary>What a hub call answers when it does something: done, or why not.</summary>
internal sealed record SupportActionResult(bool Ok, string? Code = null, string? Message = null)
{
    public static readonly SupportActionResult Done = new(true);
    public static readonly SupportActionResult NotFound = new(false, "not_found", "There is no such conversation.");
}
