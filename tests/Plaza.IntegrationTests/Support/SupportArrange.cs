using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.SignalR.Client;
using Plaza.IntegrationTests.Infrastructure;

namespace Plaza.IntegrationTests.Support;

/// <summary>A store with agents online at its inbox, shoppers opening conversations, and what each side sees.</summary>
internal static class SupportArrange
{
    public const string Hub = "/hubs/support";

    /// <summary>A staff member with the inbox open (online for automatic assignment), with <paramref name="limit"/> open conversations at most.</summary>
    public static async Task<(TestAccount Agent, HubConnection Inbox)> AgentOnlineAsync(this PlazaFactory factory, Guid storeId, int limit = 5)
    {
        var agent = await factory.CreateStaffAccountAsync(storeId);
        await (await agent.Client.PutAsJsonAsync($"/api/v1/support/stores/{storeId}/agents/{agent.Id}", new { maxOpen = limit }))
            .ShouldHaveStatus(HttpStatusCode.OK);
        var inbox = await factory.ConnectAsync(Hub, agent);
        (await inbox.InvokeAsync<bool>("JoinInbox", storeId)).ShouldBeTrue();
        return (agent, inbox);
    }

    public static async Task<JsonElement> OpenAsync(this HttpClient shopper, Guid storeId, string? text = null, Guid? orderId = null) =>
        await (await shopper.PostAsJsonAsync("/api/v1/support/conversations", new { storeId, orderId, text })).ShouldHaveStatus(HttpStatusCode.Created);

    public static Guid Id(this JsonElement detail) => detail.GetProperty("conversation").GetProperty("id").GetGuid();

    public static async Task<JsonElement> SayAsync(this HttpClient shopper, Guid conversationId, string text) =>
        await (await shopper.PostAsJsonAsync($"/api/v1/support/conversations/{conversationId}/messages", new { text })).ShouldHaveStatus(HttpStatusCode.OK);

    public static async Task<JsonElement> ReplyAsync(this HttpClient agent, Guid conversationId, string text, bool isInternal = false) =>
        await (await agent.PostAsJsonAsync($"/api/v1/support/conversations/{conversationId}/replies", new { text, @internal = isInternal }))
            .ShouldHaveStatus(HttpStatusCode.OK);

    public static async Task<JsonElement> DetailAsync(this HttpClient client, Guid conversationId) =>
        await (await client.GetAsync($"/api/v1/support/conversations/{conversationId}")).ShouldHaveStatus(HttpStatusCode.OK);

    /// <summary>The messages' authors and texts in order, e.g. ("customer", "hi"), ("assistant", "Hello…").</summary>
    public static IReadOnlyList<(string Author, string Text)> Messages(this JsonElement detail) =>
        detail.GetProperty("messages").EnumerateArray().Select(m => (m.GetProperty("author").GetString()!, m.GetProperty("text").GetString()!)).ToList();

    public static JsonElement Conversation(this JsonElement detail) => detail.GetProperty("conversation");
}
