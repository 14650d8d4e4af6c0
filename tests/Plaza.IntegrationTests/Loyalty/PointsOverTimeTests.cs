using System.Net;
using Plaza.IntegrationTests.Infrastructure;
using Plaza.Web.Modules.Loyalty;

namespace Plaza.IntegrationTests.Loyalty;

/// <summary>Daily check-ins and expiry: these move the clock, so they have an app of their own.</summary>
public sealed class PointsOverTimeTests(PlazaFactory factory) : IClassFixture<PlazaFactory>
{
    [Fact]
    public async Task Twenty_racing_check_ins_on_one_day_give_points_once_and_the_next_day_again()
    {
        var shopper = await factory.CreateAccountAsync();

        var responses = await Enumerable.Range(0, 20).RaceAsync(_ => shopper.Client.PostAsync("/api/v1/points/check-ins", null));

        responses.Count(r => r.StatusCode == HttpStatusCode.Created).ShouldBe(1);
        responses.Count(r => r.StatusCode == HttpStatusCode.Conflict).ShouldBe(19);
        await responses.First(r => r.StatusCode == HttpStatusCode.Conflict).ShouldBeProblem(HttpStatusCode.Conflict, "already_checked_in");
        var points = await shopper.Client.PointsAsync();
        points.GetProperty("balance").GetInt64().ShouldBe(5);
        points.GetProperty("checkedInToday").GetBoolean().ShouldBeTrue();
        points.GetProperty("history")[0].GetProperty("kind").GetString().ShouldBe("check_in");

        factory.Clock.Advance(TimeSpan.FromDays(1));
        (await shopper.Client.PointsAsync()).GetProperty("checkedInToday").GetBoolean().ShouldBeFalse();
        await (await shopper.Client.PostAsync("/api/v1/points/check-ins", null)).ShouldHaveStatus(HttpStatusCode.Created);
        var (balance, growth, sum, _) = await factory.LedgerAsync(shopper.Id);
        balance.ShouldBe(10);
        sum.ShouldBe(10);
        growth.ShouldBe(2);
    }

    [Fact]
    public async Task What_is_left_of_old_earnings_expires_after_a_year_oldest_first_and_only_once()
    {
        var shopper = await factory.CreateAccountAsync();
        var other = await factory.CreateAccountAsync();
        await factory.GrantAsync(shopper.Id, 100);
        await factory.GrantAsync(other.Id, 40);
        factory.Clock.Advance(TimeSpan.FromDays(200));
        await factory.GrantAsync(shopper.Id, 50);
        await using (var scope = factory.Db())
            (await scope.Get<PointsBook>().TakeBack(shopper.Id, PointsKind.Redeemed, 30, 0, "test:spent", null, CancellationToken.None)).ShouldBe(30);

        // Day 340: 70 of the first 100 are left and expire within 30 days.
        factory.Clock.Advance(TimeSpan.FromDays(140));
        var soon = await PointsAsync(shopper.Id);
        soon.Balance.ShouldBe(120);
        soon.ExpiringSoon.ShouldBe(70);

        factory.Clock.Advance(TimeSpan.FromDays(26)); // day 366
        (await SweepAsync()).ShouldBeGreaterThanOrEqualTo(2);
        (await SweepAsync()).ShouldBe(0, "a second sweep expires nothing more");
        (await factory.LedgerAsync(shopper.Id)).Balance.ShouldBe(50);
        (await factory.LedgerAsync(other.Id)).Balance.ShouldBe(0);

        factory.Clock.Advance(TimeSpan.FromDays(200));
        (await SweepAsync()).ShouldBeGreaterThanOrEqualTo(1);
        var (balance, _, sum, entries) = await factory.LedgerAsync(shopper.Id);
        balance.ShouldBe(0);
        sum.ShouldBe(0);
        entries.Where(e => e.Kind == PointsKind.Expired).Select(e => e.Amount).ShouldBe([-70, -50], ignoreOrder: true);
        (await PointsAsync(shopper.Id)).History[0].Kind.ShouldBe("expired");
    }

    /// <summary>What GET /api/v1/points shows (a year on, the test's session has long expired).</summary>
    private async Task<PointsView> PointsAsync(Guid accountId)
    {
        await using var scope = factory.Db();
        return (await MyPoints.Execute(accountId, null, scope.Get<PointsBook>(), scope.Db, CancellationToken.None)).Value!;
    }

    private async Task<int> SweepAsync()
    {
        await using var scope = factory.Db();
        return await ExpirePoints.SweepAsync(scope.Get<IServiceProvider>(), CancellationToken.None);
    }
}
