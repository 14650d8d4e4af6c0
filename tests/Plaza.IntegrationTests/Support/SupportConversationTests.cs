using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.EntityFrameworkCore;
using Plaza.IntegrationTests.Infrastructure;
using Plaza.IntegrationTests.Ordering;
using Plaza.Web.Modules.Support;

namespace Plaza.IntegrationTests.Support;

/// <summary>Conversations: handing over to a person, the assistant's silence once a person replies, who sees what, and cycles.</summary>
public sealed class SupportConversationTests(PlazaFactory factory) : IClassFixture<PlazaFactory>
{
    [Fact]
    public async Task Asking_for_a_person_hands_over_to_the_agent_online_and_once_they_reply_the_assistant_stays_silent()
    {
        var store = await factory.StoreAsync();
        var (agent, inbox) = await factory.AgentOnlineAsync(store.Id);
        await using var _ = inbox;
        var arrivals = inbox.Listen<ConversationView>("Conversation");
        var shopper = await factory.CreateAccountAsync();

        var opened = await shopper.Client.OpenAsync(store.Id, "I want to talk to a person please");
        var id = opened.Id();
        opened.Messages().Select(m => m.Author).ShouldBe(["customer", "assistant", "system"]);
        opened.Messages()[1].Text.ShouldContain("passing you to a person");
        (await arrivals.AtLeast(1)).ShouldContain(c => c.Id == id, "the inbox hears of it live");

        var afterAssign = await shopper.Client.DetailAsync(id);
        afterAssign.Conversation().GetProperty("handler").GetString().ShouldBe("person");
        afterAssign.Conversation().GetProperty("assigneeId").GetGuid().ShouldBe(agent.Id);

        await agent.Client.ReplyAsync(id, "Hello, Priya here. How can I help?");
        var seen = await shopper.Client.SayAsync(id, "where is my order?");
        seen.Messages().Select(m => m.Author).ShouldBe(["customer", "assistant", "system", "system", "agent", "customer"],
            "a person joined (system), replied, and the shopper's next question got no answer from the assistant");
        seen.Messages()[3].Text.ShouldBe("joined");
        seen.Conversation().GetProperty("firstResponseAtUtc").ValueKind.ShouldNotBe(System.Text.Json.JsonValueKind.Null);
    }

    [Fact]
    public async Task A_person_who_replies_first_takes_over_from_the_assistant()
    {
        var store = await factory.StoreAsync();
        var staff = await factory.CreateStaffAccountAsync(store.Id);
        var shopper = await factory.CreateShopperAsync();
        var id = (await shopper.OpenAsync(store.Id, "hello")).Id();

        await staff.Client.ReplyAsync(id, "Hi! I saw you here, can I help?");
        var detail = await shopper.SayAsync(id, "do you have gluten free bread today?");
        detail.Messages().Select(m => m.Author).ShouldBe(["customer", "assistant", "system", "agent", "customer"]);
        detail.Conversation().GetProperty("assigneeId").GetGuid().ShouldBe(staff.Id);
        detail.Conversation().GetProperty("handler").GetString().ShouldBe("person");
    }

    [Fact]
    public async Task Nobody_else_sees_a_conversation_and_the_shopper_never_sees_internal_notes()
    {
        var store = await factory.StoreAsync();
        var staff = await factory.CreateStaffAccountAsync(store.Id);
        var shopper = await factory.CreateShopperAsync();
        var id = (await shopper.OpenAsync(store.Id, "talk to a human")).Id();
        await staff.Client.ReplyAsync(id, "She ordered twice last week; check the second order", isInternal: true);

        (await shopper.DetailAsync(id)).Messages().ShouldNotContain(m => m.Text.Contains("ordered twice"));
        (await staff.Client.DetailAsync(id)).Messages().ShouldContain(m => m.Text.Contains("ordered twice"));

        var stranger = await factory.CreateShopperAsync();
        (await stranger.GetAsync($"/api/v1/support/conversations/{id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await stranger.PostAsJsonAsync($"/api/v1/support/conversations/{id}/messages", new { text = "hi" })).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var otherStoresStaff = await factory.CreateStaffAsync((await factory.StoreAsync()).Id);
        (await otherStoresStaff.GetAsync($"/api/v1/support/conversations/{id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await otherStoresStaff.PostAsJsonAsync($"/api/v1/support/conversations/{id}/replies", new { text = "hi" }))
            .StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Another_shoppers_order_cannot_be_attached_and_bad_requests_name_their_field()
    {
        var store = await factory.StoreAsync();
        var product = await factory.ProductAsync(store, await factory.CategoryAsync(), "Oat milk", "", new SkuSpec("OAT", 150, 10));
        var someone = await factory.CreateShopperAsync();
        var theirs = await someone.PlacePickupOrderAsync(store.Id, store.PickupPoints[0].Id, (product.Skus[0].Id, 1));
        var shopper = await factory.CreateShopperAsync();

        await (await shopper.PostAsJsonAsync("/api/v1/support/conversations", new { storeId = store.Id, orderId = theirs.GetProperty("id").GetGuid() }))
            .ShouldBeValidationProblem("orderId");
        await (await shopper.PostAsJsonAsync("/api/v1/support/conversations", new { })).ShouldBeValidationProblem("storeId");
        (await shopper.PostAsJsonAsync("/api/v1/support/conversations", new { storeId = Guid.NewGuid() })).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var id = (await shopper.OpenAsync(store.Id)).Id();
        await (await shopper.PostAsJsonAsync($"/api/v1/support/conversations/{id}/messages", new { text = "" })).ShouldBeValidationProblem("text");
        await (await shopper.PutAsJsonAsync($"/api/v1/support/conversations/{id}/rating", new { stars = 9 })).ShouldBeValidationProblem("stars");
        await using var scope = factory.Db();
        (await scope.Db.Set<SupportMessage>().CountAsync(m => m.ConversationId == id)).ShouldBe(0, "nothing half-written");
    }

    [Fact]
    public async Task A_resolved_conversation_is_rated_and_writing_again_opens_a_new_cycle_with_its_own_timers()
    {
        var store = await factory.StoreAsync();
        var staff = await factory.CreateStaffAccountAsync(store.Id);
        var shopper = await factory.CreateShopperAsync();
        var id = (await shopper.OpenAsync(store.Id, "I need a person")).Id();
        await staff.Client.ReplyAsync(id, "Sorted: your refund is on its way.");
        await (await staff.Client.PutAsJsonAsync($"/api/v1/support/conversations/{id}/status", new { status = "resolved" }))
            .ShouldHaveStatus(HttpStatusCode.OK);
        var rated = await (await shopper.PutAsJsonAsync($"/api/v1/support/conversations/{id}/rating", new { stars = 5, comment = "Quick and kind" }))
            .ShouldHaveStatus(HttpStatusCode.OK);
        rated.GetProperty("rating").GetInt32().ShouldBe(5);

        factory.Clock.Advance(TimeSpan.FromDays(2));
        var reopened = await shopper.SayAsync(id, "it has not arrived yet");
        reopened.Conversation().GetProperty("status").GetString().ShouldBe("open");
        reopened.Conversation().GetProperty("firstResponseAtUtc")
            .ValueKind.ShouldBe(System.Text.Json.JsonValueKind.Null, "a new cycle waits for a person again");
        reopened.Messages().Select(m => m.Author).TakeLast(2).ShouldBe(["customer", "system"]);
        await using var scope = factory.Db();
        (await scope.Db.Set<ConversationStatusChange>().Where(c => c.ConversationId == id).OrderBy(c => c.AtUtc).Select(c => c.To).ToListAsync())
            .ShouldBe([ConversationStatus.Resolved, ConversationStatus.Open]);
    }

    [Fact]
    public async Task The_shopper_is_notified_of_a_reply_only_when_not_on_the_conversation_page()
    {
        var store = await factory.StoreAsync();
        var staff = await factory.CreateStaffAccountAsync(store.Id);
        var shopper = await factory.CreateAccountAsync();
        var id = (await shopper.Client.OpenAsync(store.Id, "talk to a person")).Id();

        // Her page is open and beating: the reply appears there, no notification.
        await using (var page = await factory.ConnectAsync(SupportArrange.Hub, shopper))
        {
            await page.InvokeAsync<ConversationDetail?>("Join", id);
            await page.InvokeAsync("Beat", id);
            await staff.Client.ReplyAsync(id, "Looking into it now.");
            await factory.DispatchAsync();
        }
        (await RepliesNotifiedAsync(shopper, id)).ShouldBe(0);

        // She closed it a while ago: the next reply is a notification that links to the conversation.
        factory.Clock.Advance(TimeSpan.FromMinutes(5));
        await staff.Client.ReplyAsync(id, "Found it: it is at the counter.");
        await factory.DispatchAsync();
        (await RepliesNotifiedAsync(shopper, id)).ShouldBe(1);
    }

    [Fact]
    public async Task An_open_inbox_hears_of_a_new_conversation_and_of_each_customer_message_so_the_row_moves_up()
    {
        var store = await factory.StoreAsync();
        var (_, inbox) = await factory.AgentOnlineAsync(store.Id);
        await using var _ = inbox;
        var heard = inbox.Listen<ConversationView>("Conversation");
        var shopper = await factory.CreateShopperAsync();

        var quiet = (await shopper.OpenAsync(store.Id)).Id();
        (await heard.AtLeast(1)).ShouldContain(c => c.Id == quiet && c.Handler == ConversationHandler.Assistant, "opened without a message");
        var count = heard.Items.Count;
        await shopper.SayAsync(quiet, "do you sell gift cards?");
        (await heard.AtLeast(count + 1)).Skip(count).ShouldContain(c => c.Id == quiet, "a message moves it to the top");
    }

    private static async Task<int> RepliesNotifiedAsync(TestAccount shopper, Guid conversationId)
    {
        var page = await (await shopper.Client.GetAsync("/api/v1/notifications")).ShouldHaveStatus(HttpStatusCode.OK);
        return page.GetProperty("items").EnumerateArray().Count(i => i.GetProperty("link").GetString() == $"/support/{conversationId}");
    }
}
