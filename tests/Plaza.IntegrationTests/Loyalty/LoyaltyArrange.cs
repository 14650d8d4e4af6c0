using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Plaza.IntegrationTests.Infrastructure;
using Plaza.IntegrationTests.Ordering;
using Plaza.Web.Modules.Loyalty;
using Plaza.Web.Platform.Events;

namespace Plaza.IntegrationTests.Loyalty;

internal static class LoyaltyArrange
{
    /// <summary>Points (and growth) credited straight through the ledger, as an invitation would.</summary>
    public static async Task GrantAsync(this PlazaFactory factory, Guid accountId, long points, long growth = 0)
    {
        await using var scope = factory.Db();
        (await scope.Get<PointsBook>()
            .Credit(accountId, PointsKind.Invitation, points, growth, "test:" + Guid.NewGuid().ToString("N"), null, CancellationToken.None))
            .ShouldNotBeNull();
    }

    public static async Task<(long Balance, long Growth, long Sum, List<PointsEntry> Entries)> LedgerAsync(this PlazaFactory factory, Guid accountId)
    {
        await using var scope = factory.Db();
        var account = await scope.Db.Set<PointsAccount>().AsNoTracking().SingleAsync(a => a.AccountId == accountId);
        var entries = await scope.Db.Set<PointsEntry>().AsNoTracking().Where(e => e.AccountId == accountId).ToListAsync();
        entries.Sum(e => e.Growth).ShouldBe(account.Growth, "growth is the sum of the entries");
        return (account.Balance, account.Growth, entries.Sum(e => e.Amount), entries);
    }

    public static Task<int> DispatchAsync(this PlazaFactory factory) =>
        factory.Services.GetRequiredService<OutboxDispatcher>().DispatchPendingAsync(CancellationToken.None);

    public static object Order(Guid store, Guid pickup, Guid sku, int quantity, long points) => new
    {
        storeId = store, fulfilment = "pickup", pickupPointId = pickup, pointsToSpend = points,
        lines = new[] { new { skuId = sku, quantity } },
    };

    /// <summary>Paid, prepared, ready and handed over with the pickup code.</summary>
    public static async Task CompleteAsync(this PlazaFactory factory, HttpClient shopper, HttpClient staff, Guid orderId)
    {
        await factory.PayAsync(shopper, orderId);
        var paid = await (await shopper.GetAsync($"/api/v1/orders/{orderId}")).ShouldHaveStatus(HttpStatusCode.OK);
        await (await staff.PostAsync($"/api/v1/orders/{orderId}/prepare", null)).ShouldHaveStatus(HttpStatusCode.OK);
        await (await staff.PostAsync($"/api/v1/orders/{orderId}/ready", null)).ShouldHaveStatus(HttpStatusCode.OK);
        var done = await (await staff.PostAsJsonAsync($"/api/v1/orders/{orderId}/hand-over", new { pickupCode = paid.GetProperty("pickupCode").GetString() }))
            .ShouldHaveStatus(HttpStatusCode.OK);
        done.GetProperty("status").GetString().ShouldBe("completed");
    }

    public static async Task<JsonElement> PointsAsync(this HttpClient client) =>
        await (await client.GetAsync("/api/v1/points")).ShouldHaveStatus(HttpStatusCode.OK);
}
