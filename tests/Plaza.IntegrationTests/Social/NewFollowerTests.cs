using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Plaza.IntegrationTests.Infrastructure;
using Plaza.Web.Modules.Notifications;

namespace Plaza.IntegrationTests.Social;

public sealed class NewFollowerTests(PlazaFactory factory) : IClassFixture<PlazaFactory>
{
    private async Task<List<Notification>> NewFollowerNotificationsOf(Guid recipient)
    {
        await using var scope = factory.Db();
        return await scope.Db.Set<Notification>().AsNoTracking().Where(n => n.RecipientId == recipient && n.Kind == "NewFollower").ToListAsync();
    }

    private static Task<HttpResponseMessage> Unfollow(HttpClient client, Guid accountId) =>
        client.DeleteAsync($"/api/v1/follows?accountId={accountId}");

    [Fact]
    public async Task Following_a_person_notifies_them_once_even_after_unfollowing_and_following_again()
    {
        var ana = await factory.CreateAccountAsync(displayName: "Ana");
        var ben = await factory.CreateAccountAsync(displayName: "Ben");

        await (await ana.Client.PostAsJsonAsync("/api/v1/follows", new { accountId = ben.Id })).ShouldHaveStatus(HttpStatusCode.Created);
        await (await ana.Client.PostAsJsonAsync("/api/v1/follows", new { accountId = ben.Id })).ShouldHaveStatus(HttpStatusCode.OK);
        (await Unfollow(ana.Client, ben.Id)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        factory.Clock.Advance(TimeSpan.FromDays(2));
        await (await ana.Client.PostAsJsonAsync("/api/v1/follows", new { accountId = ben.Id })).ShouldHaveStatus(HttpStatusCode.Created);

        var page = await (await ben.Client.GetAsync("/api/v1/notifications")).ShouldHaveStatus(HttpStatusCode.OK);
        var item = page.GetProperty("items").EnumerateArray().Single();
        item.GetProperty("text").GetString().ShouldBe("Someone new follows you.");
        item.GetProperty("link").GetString().ShouldBe($"/people/{ana.Id}");
        (await NewFollowerNotificationsOf(ben.Id)).Count.ShouldBe(1);
        (await NewFollowerNotificationsOf(ana.Id)).ShouldBeEmpty();
    }

    [Fact]
    public async Task Someone_who_switched_off_new_follower_notifications_gets_none_and_following_a_store_notifies_nobody()
    {
        var ana = await factory.CreateAccountAsync();
        var ben = await factory.CreateAccountAsync();
        var cleo = await factory.CreateAccountAsync();
        var store = await factory.StoreAsync();
        await (await ben.Client.PutAsJsonAsync("/api/v1/notifications/preferences", new { kinds = new Dictionary<string, bool> { ["new_follower"] = false } }))
            .ShouldHaveStatus(HttpStatusCode.OK);

        await (await ana.Client.PostAsJsonAsync("/api/v1/follows", new { accountId = ben.Id })).ShouldHaveStatus(HttpStatusCode.Created);
        await (await cleo.Client.PostAsJsonAsync("/api/v1/follows", new { storeId = store.Id })).ShouldHaveStatus(HttpStatusCode.Created);
        await (await cleo.Client.PostAsJsonAsync("/api/v1/follows", new { accountId = ana.Id })).ShouldHaveStatus(HttpStatusCode.Created);

        (await NewFollowerNotificationsOf(ben.Id)).ShouldBeEmpty();
        (await NewFollowerNotificationsOf(ana.Id)).Count.ShouldBe(1);
        await using var scope = factory.Db();
        (await scope.Db.Set<Notification>().CountAsync(n => n.SubjectId == cleo.Id && n.Kind == "NewFollower")).ShouldBe(1);
    }
}
