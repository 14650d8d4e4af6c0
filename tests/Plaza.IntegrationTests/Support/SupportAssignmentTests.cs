using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Plaza.IntegrationTests.Infrastructure;
using Plaza.IntegrationTests.Ordering;
using Plaza.Web.Modules.Support;

namespace Plaza.IntegrationTests.Support;

/// <summary>Automatic assignment: the least busy online agent under their limit, never over it, whatever arrives at once.</summary>
public sealed class SupportAssignmentTests(PlazaFactory factory) : IClassFixture<PlazaFactory>
{
    [Fact]
    public async Task Twenty_conversations_at_once_go_to_three_agents_and_nobody_gets_more_than_their_limit()
    {
        var store = await factory.StoreAsync();
        var agents = new[] { await factory.AgentOnlineAsync(store.Id, limit: 2), await factory.AgentOnlineAsync(store.Id, limit: 3),
            await factory.AgentOnlineAsync(store.Id, limit: 4) };
        var shoppers = await factory.ManyShoppersAsync(20);
        var ids = await Task.WhenAll(shoppers.Select(async s => (await s.OpenAsync(store.Id)).Id()));

        var asked = await shoppers.Zip(ids).ToArray().RaceAsync(p => p.First.PostAsync($"/api/v1/support/conversations/{p.Second}/person", null));
        asked.ShouldAllBe(r => r.StatusCode == HttpStatusCode.OK);

        await using var scope = factory.Db();
        var held = await scope.Db.Set<Conversation>().Where(c => ids.Contains(c.Id) && c.AssigneeId != null)
            .GroupBy(c => c.AssigneeId).Select(g => new { Agent = g.Key!.Value, Count = g.Count() }).ToListAsync();
        var seats = await scope.Db.Set<SupportAgent>().AsNoTracking().Where(a => a.StoreId == store.Id).ToListAsync();
        foreach (var seat in seats)
        {
            var holds = held.FirstOrDefault(h => h.Agent == seat.AccountId)?.Count ?? 0;
            holds.ShouldBeLessThanOrEqualTo(seat.MaxOpen);
            seat.OpenCount.ShouldBe(holds, "the seat's count is what the agent really holds");
        }
        held.Sum(h => h.Count).ShouldBe(9, "every seat is used; the other eleven wait, unassigned");
        (await scope.Db.Set<Conversation>().CountAsync(c => ids.Contains(c.Id) && c.AssigneeId == null && c.Handler == ConversationHandler.Person))
            .ShouldBe(11);

        // A seat frees up: the oldest waiting conversation is given out.
        var first = agents[0].Agent;
        var mine = await scope.Db.Set<Conversation>().AsNoTracking().FirstAsync(c => ids.Contains(c.Id) && c.AssigneeId == first.Id);
        await (await first.Client.PutAsJsonAsync($"/api/v1/support/conversations/{mine.Id}/status", new { status = "resolved" }))
            .ShouldHaveStatus(HttpStatusCode.OK);
        await using (var sweep = factory.Db())
            await AssignWaiting.Run(store.Id, sweep.Db, sweep.Get<AgentSeats>(), sweep.Get<SupportNews>(), factory.Clock, CancellationToken.None);
        await using var after = factory.Db();
        (await after.Db.Set<Conversation>().CountAsync(c => ids.Contains(c.Id) && c.AssigneeId == null)).ShouldBe(10);
        foreach (var (_, inbox) in agents) await inbox.DisposeAsync();
    }

    [Fact]
    public async Task An_agent_who_is_away_or_whose_inbox_went_quiet_gets_nothing_new()
    {
        var store = await factory.StoreAsync();
        var (away, awayInbox) = await factory.AgentOnlineAsync(store.Id);
        await using var _ = awayInbox;
        await (await away.Client.PutAsJsonAsync($"/api/v1/support/stores/{store.Id}/agents/{away.Id}", new { away = true }))
            .ShouldHaveStatus(HttpStatusCode.OK);
        var (quiet, quietInbox) = await factory.AgentOnlineAsync(store.Id);
        await quietInbox.DisposeAsync();
        factory.Clock.Advance(SupportAgent.OnlineWindow + TimeSpan.FromSeconds(1));

        var shopper = await factory.CreateShopperAsync();
        var detail = await shopper.OpenAsync(store.Id, "can I speak to someone");
        detail.Conversation().GetProperty("assigneeId").ValueKind.ShouldBe(System.Text.Json.JsonValueKind.Null);

        var (back, backInbox) = await factory.AgentOnlineAsync(store.Id); // opening the inbox gives out what waits
        await using var __ = backInbox;
        (await shopper.DetailAsync(detail.Id())).Conversation().GetProperty("assigneeId").GetGuid().ShouldBe(back.Id);
        quiet.Id.ShouldNotBe(back.Id);
    }
}
