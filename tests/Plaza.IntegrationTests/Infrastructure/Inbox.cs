using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Plaza.Web.Platform.Events;

namespace Plaza.IntegrationTests.Infrastructure;

/// <summary>What a person's in-app notifications say, and the outbox that delivers them.</summary>
internal static class Inbox
{
    /// <summary>The signed-in account's notifications, newest first; with <paramref name="link"/>, only those that link there.</summary>
    public static async Task<List<JsonElement>> NotificationsAsync(this HttpClient client, string? link = null)
    {
        var page = await (await client.GetAsync("/api/v1/notifications")).ShouldHaveStatus(HttpStatusCode.OK);
        return page.GetProperty("items").EnumerateArray().Where(i => link is null || i.GetProperty("link").GetString() == link).ToList();
    }

    /// <summary>The texts of <see cref="NotificationsAsync"/>.</summary>
    public static async Task<List<string?>> NotificationTextsAsync(this HttpClient client, string? link = null) =>
        (await client.NotificationsAsync(link)).Select(i => i.GetProperty("text").GetString()).ToList();

    /// <summary>Delivers every domain event still waiting in the outbox.</summary>
    public static Task<int> DispatchAsync(this PlazaFactory factory) =>
        factory.Services.GetRequiredService<OutboxDispatcher>().DispatchPendingAsync(CancellationToken.None);

    /// <summary>Delivers every domain event ever written once more, as a crashed node's retry would: handlers must not act twice.</summary>
    public static async Task RedeliverEverythingAsync(this PlazaFactory factory)
    {
        await using (var scope = factory.Db())
            await scope.Db.Set<OutboxMessage>()
                .ExecuteUpdateAsync(s => s.SetProperty(m => m.ProcessedAtUtc, (DateTime?)null).SetProperty(m => m.ClaimedUntilUtc, (DateTime?)null));
        await factory.DispatchAsync();
    }
}
