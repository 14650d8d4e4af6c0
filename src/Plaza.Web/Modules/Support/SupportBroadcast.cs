using Microsoft.AspNetCore.SignalR;

namespace Plaza.Web.Modules.Support;

/// <summary>The names of what <see cref="SupportHub"/> sends (listed in the README).</summary>
internal static class SupportEvents
{
    public const string Message = "Message", Conversation = "Conversation", Typing = "Typing", Read = "Read";
}

/// <summary>
/// Sends to a conversation's open pages (the shopper's and the agents') and to a store's inbox, from anywhere; with Redis
/// configured, SignalR's backplane carries each send to every node. Internal notes go to the store's people only.
/// </summary>
internal sealed class SupportBroadcast(IHubContext<SupportHub> hub)
{
    public static string CustomerGroup(Guid conversationId) => $"support:c:{conversationId}";
    public static string AgentsGroup(Guid conversationId) => $"support:a:{conversationId}";
    public static string InboxGroup(Guid storeId) => $"support:inbox:{storeId}";

    public async Task Message(Conversation c, SupportMessageView message)
    {
        if (!message.Internal) await hub.Clients.Group(CustomerGroup(c.Id)).SendAsync(SupportEvents.Message, message);
        await hub.Clients.Group(AgentsGroup(c.Id)).SendAsync(SupportEvents.Message, message);
    }

    /// <summary>The conversation changed (status, owner, assignee): its pages and the store's inbox update.</summary>
    public async Task Changed(ConversationView customerView, ConversationView agentView)
    {
        await hub.Clients.Group(CustomerGroup(customerView.Id)).SendAsync(SupportEvents.Conversation, customerView);
        await hub.Clients.Groups(AgentsGroup(agentView.Id), InboxGroup(agentView.StoreId)).SendAsync(SupportEvents.Conversation, agentView);
    }

    /// <summary>Only its place in the inbox changed (a new message moves it up): the store's inbox updates its row.</summary>
    public Task Moved(ConversationView agentView) => hub.Clients.Group(InboxGroup(agentView.StoreId)).SendAsync(SupportEvents.Conversation, agentView);

    public Task Typing(Guid conversationId, bool byCustomer, string? name) =>
        hub.Clients.Groups(CustomerGroup(conversationId), AgentsGroup(conversationId)).SendAsync(SupportEvents.Typing, conversationId,
            byCustomer ? "customer" : "agent", name);

    public Task Read(Guid conversationId, bool byCustomer, DateTime atUtc) =>
        hub.Clients.Groups(CustomerGroup(conversationId), AgentsGroup(conversationId)).SendAsync(SupportEvents.Read, conversationId,
            byCustomer ? "customer" : "agent", atUtc);
}
