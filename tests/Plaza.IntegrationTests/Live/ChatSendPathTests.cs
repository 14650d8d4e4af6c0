using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.EntityFrameworkCore;
using Plaza.IntegrationTests.Infrastructure;
using Plaza.Web.Modules.Live;

namespace Plaza.IntegrationTests.Live;

/// <summary>
/// The busy path of a live room's chat (bench live-chat): checked in few round trips, stored in batches, and still every
/// sanction on every node at once.
/// </summary>
public sealed class ChatSendPathTests
{
    [Fact]
    public async Task A_ban_or_mute_made_on_one_node_refuses_the_very_next_message_on_the_other()
    {
        await using var nodeA = new PlazaFactory();
        await using var nodeB = new PlazaFactory(new Dictionary<string, string?> { ["ConnectionStrings:Plaza"] = nodeA.Database.ConnectionString });
        nodeB.Clock.SetUtcNow(nodeA.Clock.GetUtcNow());
        var stage = await nodeA.StageAsync();
        var roomId = await nodeA.LiveRoomAsync(stage);
        var troll = await nodeA.CreateAccountAsync(displayName: "Troll");
        await using var trollOnB = await nodeB.ViewerAsync(troll);
        (await trollOnB.InvokeAsync<JoinView?>("Join", roomId)).ShouldNotBeNull();
        (await trollOnB.InvokeAsync<LiveActionResult>("Send", roomId, "Is the loaf rye?")).Ok.ShouldBeTrue();

        await (await stage.Host.Client.PostAsJsonAsync($"/api/v1/live-rooms/{roomId}/sanctions", new { accountId = troll.Id, kind = "mute" }))
            .ShouldHaveStatus(HttpStatusCode.NoContent);
        (await trollOnB.InvokeAsync<LiveActionResult>("Send", roomId, "Still talking")).Code.ShouldBe("muted");
        await (await stage.Host.Client.PostAsJsonAsync($"/api/v1/live-rooms/{roomId}/sanctions", new { accountId = troll.Id, kind = "ban" }))
            .ShouldHaveStatus(HttpStatusCode.NoContent);
        (await trollOnB.InvokeAsync<LiveActionResult>("Send", roomId, "Still here")).Code.ShouldBe("banned");
        await (await stage.Host.Client.DeleteAsync($"/api/v1/live-rooms/{roomId}/sanctions/{troll.Id}")).ShouldHaveStatus(HttpStatusCode.NoContent);
        (await trollOnB.InvokeAsync<LiveActionResult>("Send", roomId, "Sorry")).Ok.ShouldBeTrue();

        await using var scope = nodeA.Db();
        (await scope.Db.Set<LiveMessage>().Where(m => m.RoomId == roomId).Select(m => m.Text).ToListAsync())
            .ShouldBe(["Is the loaf rye?", "Sorry"], ignoreOrder: true);
    }

    [Fact]
    public async Task Messages_sent_together_are_each_stored_answered_after_storing_and_delivered_exactly_once()
    {
        await using var factory = new PlazaFactory();
        var stage = await factory.StageAsync();
        var roomId = await factory.LiveRoomAsync(stage);
        await using var watcher = await factory.ViewerAsync();
        var batches = watcher.Listen<ChatMessageView[]>("Messages");
        await watcher.InvokeAsync<JoinView?>("Join", roomId);
        var viewers = new List<HubConnection>();
        for (var i = 0; i < 4; i++)
        {
            var viewer = await factory.ViewerAsync(await factory.CreateAccountAsync(displayName: $"Viewer {i}"));
            await viewer.InvokeAsync<JoinView?>("Join", roomId);
            viewers.Add(viewer);
        }

        try
        {
            // Four viewers, five messages each (the rate cap), all at once: several land in each 100 ms flush.
            var sends = viewers.SelectMany((viewer, v) => Enumerable.Range(0, 5).Select(async k =>
            {
                var result = await viewer.InvokeAsync<LiveActionResult>("Send", roomId, $"Question {v}-{k} about the plum jam");
                if (!result.Ok) return result;
                // Answered only once stored: the row is there when the sender hears back.
                await using var scope = factory.Db();
                (await scope.Db.Set<LiveMessage>().CountAsync(m => m.RoomId == roomId && m.Text == $"Question {v}-{k} about the plum jam")).ShouldBe(1);
                return result;
            })).ToList();
            (await Task.WhenAll(sends)).ShouldAllBe(r => r.Ok);

            var delivered = (await batches.AtLeast(1)).SelectMany(b => b).ToList();
            for (var wait = 0; delivered.Count < 20 && wait < 50; wait++)
            {
                await Task.Delay(100);
                delivered = batches.Items.SelectMany(b => b).ToList();
            }
            await Task.Delay(300); // a duplicate would come within the next flushes
            delivered = batches.Items.SelectMany(b => b).ToList();
            delivered.Count.ShouldBe(20);
            delivered.Select(m => m.Id).Distinct().Count().ShouldBe(20);
            delivered.Select(m => m.AuthorName).Distinct().Count().ShouldBe(4);

            var timeline = await (await factory.Anonymous().GetAsync($"/api/v1/live-rooms/{roomId}/timeline")).ShouldHaveStatus(HttpStatusCode.OK);
            var replayed = timeline.GetProperty("items").EnumerateArray().Where(i => i.GetProperty("kind").GetString() == "message")
                .Select(i => i.GetProperty("refId").GetGuid()).ToList();
            replayed.ShouldBe(delivered.Select(m => m.Id).ToList(), ignoreOrder: true);
        }
        finally
        {
            foreach (var viewer in viewers) await viewer.DisposeAsync();
        }
    }

    [Fact]
    public async Task A_chat_message_costs_two_statements_for_its_checks_and_its_share_of_one_batch_insert()
    {
        await using var factory = new PlazaFactory(new Dictionary<string, string?>
        {
            ["Logging:CapturedLogs:LogLevel:Microsoft.EntityFrameworkCore.Database.Command"] = "Information",
        });
        var stage = await factory.StageAsync();
        var roomId = await factory.LiveRoomAsync(stage);
        var viewer = await factory.CreateShopperAsync();
        await (await viewer.PostAsJsonAsync($"/api/v1/live-rooms/{roomId}/messages", new { text = "First, to warm up" }))
            .ShouldHaveStatus(HttpStatusCode.Created);

        factory.Logs.Clear();
        await (await viewer.PostAsJsonAsync($"/api/v1/live-rooms/{roomId}/messages", new { text = "How big is the rye loaf?" }))
            .ShouldHaveStatus(HttpStatusCode.Created);

        // Signing the request in reads the session; everything else the message costs touches the room's tables.
        var commands = factory.Logs.Entries.Where(e => e.Category == "Microsoft.EntityFrameworkCore.Database.Command" && e.EventId.Id == 20101)
            .Select(e => e.Message).Where(sql => sql.Contains("live_", StringComparison.Ordinal)).ToList();
        commands.Count.ShouldBe(3, string.Join("\n---\n", commands));
        commands[0].ShouldContain("live_sanctions"); // the room, the sanction and the sender's account in one statement
        commands[0].ShouldContain("accounts");
        commands[1].ShouldContain("live_chatters"); // slow mode and the rate cap
        commands[2].ShouldContain("INSERT INTO"); // the flush
        commands[2].ShouldContain("live_messages");
        factory.Logs.Entries.ShouldNotContain(e => e.Message.Contains("moderation_actions", StringComparison.Ordinal)); // trust not worked out again
    }
}
