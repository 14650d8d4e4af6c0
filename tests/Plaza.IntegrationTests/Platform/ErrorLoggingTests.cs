using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Plaza.IntegrationTests.Infrastructure;
using Plaza.IntegrationTests.Ordering;
using Plaza.Web.Modules.Catalog;
using Plaza.Web.Modules.Ordering.Contracts;
using Plaza.Web.Platform.Data;

namespace Plaza.IntegrationTests.Platform;

/// <summary>
/// An app whose checkout fails on demand, for real (a foreign key) or with a conflict a unique index settles, and whose captured
/// logs keep EF Core's save failures at every level, to see how they were logged.
/// </summary>
public sealed class FaultyCheckout : IAsyncDisposable
{
    public PlazaFactory Factory { get; } = new(
        new Dictionary<string, string?> { ["Logging:CapturedLogs:LogLevel:Microsoft.EntityFrameworkCore.Update"] = "Debug" },
        services => services.AddSingleton<BrokenStores>().AddScoped<IPriceRule, BrokenClaim>());

    public ValueTask DisposeAsync() => Factory.DisposeAsync();

    internal enum Fault { ForeignKey, TakenSlug }

    /// <summary>The stores whose checkout fails, and how.</summary>
    internal sealed class BrokenStores
    {
        public ConcurrentDictionary<Guid, Fault> Faults { get; } = new();
    }

    /// <summary>
    /// At a broken store, claims by writing a product of no merchant in no category (a foreign key refuses it: a real failure),
    /// or by writing one category slug twice through SaveOrConflict (the unique index refuses the second: a handled 409).
    /// </summary>
    private sealed class BrokenClaim(PlazaDb db, BrokenStores broken, TimeProvider clock) : IPriceRule
    {
        public PriceStage Stage => PriceStage.Coupon;

        public Task Apply(PriceSheet sheet, CancellationToken ct) => Task.CompletedTask;

        public async Task Claim(PriceSheet sheet, Guid orderId, CancellationToken ct)
        {
            if (!broken.Faults.TryGetValue(sheet.StoreId, out var fault)) return;
            if (fault == Fault.ForeignKey)
            {
                db.Add(Product.Create(Guid.NewGuid(), Guid.NewGuid(), "Orphan", "", clock.GetUtcNow().UtcDateTime));
                await db.SaveChangesAsync(ct);
                return;
            }
            var slug = "taken-" + orderId.ToString("N");
            db.Add(Category.Create(slug, "First", position: 0));
            await db.SaveChangesAsync(ct);
            db.Add(Category.Create(slug, "Second", position: 0));
            await db.SaveOrConflictAsync("slug_taken", "That slug is taken.", ct);
        }
    }
}

/// <summary>The log shows real errors only: a race a unique index settles is no error, a failure that reaches a 500 is one, once.</summary>
public sealed class ErrorLoggingTests(FaultyCheckout app) : IClassFixture<FaultyCheckout>
{
    private PlazaFactory Factory => app.Factory;

    private List<LogEntry> Errors => Factory.Logs.Entries.Where(e => e.Level >= LogLevel.Error).ToList();

    [Fact]
    public async Task A_unique_index_refusal_turned_into_a_409_logs_no_error()
    {
        var order = await OrderAtAsync(FaultyCheckout.Fault.TakenSlug);
        var shopper = await Factory.CreateShopperAsync();
        Factory.Logs.Clear();

        var response = await shopper.PostAsJsonAsync("/api/v1/orders", order);

        await response.ShouldBeProblem(HttpStatusCode.Conflict, "slug_taken");
        // EF Core saw the save refused, and said so below the error level.
        Factory.Logs.Entries.ShouldContain(e => e.EventId.Id == CoreEventId.SaveChangesFailed.Id && e.Level < LogLevel.Error);
        Errors.ShouldBeEmpty(string.Join("\n", Errors));
    }

    [Fact]
    public async Task A_race_of_registrations_for_one_login_logs_no_error()
    {
        var login = $"racer-{Guid.NewGuid():N}@example.com";
        using var anonymous = Factory.CreateClient();
        Factory.Logs.Clear();

        var answers = await Enumerable.Range(0, 8).RaceAsync(async i =>
            (await anonymous.PostAsJsonAsync("/api/v1/auth/register", new { login, password = PlazaFactory.Password, displayName = $"Racer {i}" })).StatusCode);

        answers.Count(s => s == HttpStatusCode.Created).ShouldBe(1);
        answers.Count(s => s == HttpStatusCode.Conflict).ShouldBe(7);
        Errors.ShouldBeEmpty(string.Join("\n", Errors));
    }

    [Fact]
    public async Task A_real_failure_that_reaches_a_500_is_logged_as_an_error_once()
    {
        var order = await OrderAtAsync(FaultyCheckout.Fault.ForeignKey);
        var shopper = await Factory.CreateShopperAsync();
        Factory.Logs.Clear();

        var response = await shopper.PostAsJsonAsync("/api/v1/orders", order);

        response.StatusCode.ShouldBe(HttpStatusCode.InternalServerError);
        Errors.Count.ShouldBe(1, string.Join("\n", Errors));
    }

    private async Task<object> OrderAtAsync(FaultyCheckout.Fault fault)
    {
        var store = await Factory.StoreAsync();
        var product = await Factory.ProductAsync(store, await Factory.CategoryAsync(), "Tea", "", new SkuSpec("TEA", 300, 5));
        Factory.Services.GetRequiredService<FaultyCheckout.BrokenStores>().Faults[store.Id] = fault;
        return Shopping.PickupOrder(store.Id, store.PickupPoints[0].Id, (product.Skus[0].Id, 1));
    }
}
