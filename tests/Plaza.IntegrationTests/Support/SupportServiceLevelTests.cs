using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Plaza.IntegrationTests.Infrastructure;
using Plaza.Web.Modules.Support;
using Plaza.Web.Modules.Support.ServiceLevels;

namespace Plaza.IntegrationTests.Support;

/// <summary>
/// Service levels in the store's opening hours (test stores open 08:00–20:00 London time), paused while waiting for the
/// customer, decided met or missed when a cycle ends, and the dashboard counted from those cycles.
/// </summary>
public sealed class SupportServiceLevelTests(PlazaFactory factory) : IClassFixture<PlazaFactory>
{
    private static readonly TimeZoneInfo London = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");

    [Fact]
    public async Task A_conversation_handed_over_before_closing_is_timed_in_opening_hours_and_waiting_for_the_customer_does_not_count()
    {
        var store = await factory.StoreAsync();
        var staff = await factory.CreateStaffAccountAsync(store.Id);
        await SetTargets(staff.Client, store.Id, firstResponse: 30, resolution: 60);
        var shopper = await factory.CreateShopperAsync();

        AdvanceTo(new(19, 50));
        var id = (await shopper.OpenAsync(store.Id, "I want to talk to a person")).Id();

        AdvanceTo(new(8, 10));
        var first = Level(await staff.Client.DetailAsync(id)).GetProperty("firstResponse");
        first.GetProperty("state").GetString().ShouldBe("running");
        first.GetProperty("usedSeconds").GetInt32().ShouldBe(20 * 60, "10 minutes before closing, 10 after opening");
        LondonTime(first.GetProperty("dueAtUtc").GetDateTime()).ShouldBe(new TimeOnly(8, 20), "10 of its 30 minutes are left");
        (await shopper.DetailAsync(id)).Conversation().GetProperty("serviceLevel").ValueKind.ShouldBe(JsonValueKind.Null, "for the store's eyes");

        factory.Clock.Advance(TimeSpan.FromMinutes(5));
        await staff.Client.ReplyAsync(id, "Good morning! Which order is it about?");
        await SetStatus(staff.Client, id, "pending");
        factory.Clock.Advance(TimeSpan.FromHours(3));
        await shopper.SayAsync(id, "The one from Monday, thank you");
        factory.Clock.Advance(TimeSpan.FromMinutes(10));
        var resolved = await SetStatus(staff.Client, id, "resolved");

        var level = resolved.GetProperty("serviceLevel");
        level.GetProperty("firstResponse").GetProperty("state").GetString().ShouldBe("met");
        level.GetProperty("firstResponse").GetProperty("usedSeconds").GetInt32().ShouldBe(25 * 60);
        level.GetProperty("resolution").GetProperty("state").GetString().ShouldBe("met");
        level.GetProperty("resolution").GetProperty("usedSeconds").GetInt32().ShouldBe(35 * 60,
            "10 min before closing, 15 until pending, 10 after the customer answered; the 3 hours waiting for her do not count");

        await (await shopper.PutAsJsonAsync($"/api/v1/support/conversations/{id}/rating", new { stars = 5 })).ShouldHaveStatus(HttpStatusCode.OK);
        var dashboard = await Dashboard(staff.Client, store.Id);
        dashboard.GetProperty("resolvedByPeople").GetInt32().ShouldBe(1);
        dashboard.GetProperty("firstResponse").GetProperty("medianSeconds").GetInt32().ShouldBe(25 * 60);
        dashboard.GetProperty("firstResponseTarget").GetProperty("met").GetInt32().ShouldBe(1);
        dashboard.GetProperty("resolutionTarget").GetProperty("percent").GetInt32().ShouldBe(100);
        dashboard.GetProperty("satisfaction").GetProperty("average").GetDouble().ShouldBe(5);
    }

    [Fact]
    public async Task A_late_first_reply_is_missed_and_the_dashboard_shows_it_while_open_and_after()
    {
        var store = await factory.StoreAsync();
        var staff = await factory.CreateStaffAccountAsync(store.Id);
        await SetTargets(staff.Client, store.Id, firstResponse: 15, resolution: 240);
        var fast = await factory.CreateShopperAsync();
        var slow = await factory.CreateShopperAsync();
        AdvanceTo(new(10, 0));
        var answeredInTime = (await fast.OpenAsync(store.Id, "talk to a person please")).Id();
        var answeredLate = (await slow.OpenAsync(store.Id, "I need a human")).Id();

        factory.Clock.Advance(TimeSpan.FromMinutes(5));
        await staff.Client.ReplyAsync(answeredInTime, "Hello, how can I help?");
        factory.Clock.Advance(TimeSpan.FromMinutes(11));
        var now = await Dashboard(staff.Client, store.Id);
        now.GetProperty("open").GetProperty("pastTarget").GetInt32().ShouldBe(1, "one has waited 16 minutes for a first reply");
        Level(await staff.Client.DetailAsync(answeredLate)).GetProperty("met").GetBoolean().ShouldBeFalse();

        await staff.Client.ReplyAsync(answeredLate, "Sorry for the wait!");
        await SetStatus(staff.Client, answeredLate, "resolved");
        await SetStatus(staff.Client, answeredInTime, "resolved");

        var after = await Dashboard(staff.Client, store.Id);
        after.GetProperty("firstResponse").GetProperty("medianSeconds").GetInt32().ShouldBe(5 * 60);
        after.GetProperty("firstResponse").GetProperty("p90Seconds").GetInt32().ShouldBe(16 * 60);
        after.GetProperty("firstResponseTarget").GetProperty("judged").GetInt32().ShouldBe(2);
        after.GetProperty("firstResponseTarget").GetProperty("met").GetInt32().ShouldBe(1);
        after.GetProperty("open").GetProperty("pastTarget").GetInt32().ShouldBe(0);
    }

    [Fact]
    public async Task What_the_assistant_answers_alone_counts_for_the_assistant_whether_the_shopper_closes_it_or_leaves()
    {
        var store = await factory.StoreAsync();
        var staff = await factory.CreateStaffAccountAsync(store.Id);
        var closes = await factory.CreateShopperAsync();
        var leaves = await factory.CreateShopperAsync();
        var closed = (await closes.OpenAsync(store.Id, "when do you open?")).Id();
        var left = (await leaves.OpenAsync(store.Id, "what are your opening hours?")).Id();

        var byShopper = await (await closes.PostAsync($"/api/v1/support/conversations/{closed}/resolve", null)).ShouldHaveStatus(HttpStatusCode.OK);
        byShopper.GetProperty("status").GetString().ShouldBe("resolved");
        factory.Clock.Advance(ResolveIdle.AssistantIdle + TimeSpan.FromMinutes(1));
        await using (var scope = factory.Db())
            (await ResolveIdle.Run(scope.Db, scope.Get<AgentSeats>(), scope.Get<SupportNews>(), scope.Get<ServiceLevelReader>(), factory.Clock,
                CancellationToken.None)).ShouldBeGreaterThanOrEqualTo(1);

        (await leaves.DetailAsync(left)).Conversation().GetProperty("status").GetString().ShouldBe("resolved");
        var dashboard = await Dashboard(staff.Client, store.Id);
        dashboard.GetProperty("resolvedByAssistant").GetInt32().ShouldBe(2);
        dashboard.GetProperty("resolvedByPeople").GetInt32().ShouldBe(0);
        dashboard.GetProperty("firstResponseTarget").GetProperty("judged").GetInt32().ShouldBe(0, "no target applies to the assistant's answers");

        var reopened = await leaves.SayAsync(left, "and on Sundays?");
        reopened.Conversation().GetProperty("status").GetString().ShouldBe("open");
        (await (await factory.CreateShopperAsync()).PostAsync($"/api/v1/support/conversations/{left}/resolve", null))
            .StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Targets_and_the_dashboard_are_the_stores_own_and_bad_values_name_their_field()
    {
        var store = await factory.StoreAsync();
        var staff = await factory.CreateStaffAccountAsync(store.Id);
        var targets = await (await staff.Client.GetAsync($"/api/v1/support/stores/{store.Id}/service-targets")).ShouldHaveStatus(HttpStatusCode.OK);
        targets.GetProperty("firstResponseMinutes").GetInt32().ShouldBe(ServiceTargets.DefaultFirstResponseMinutes);
        targets.GetProperty("opensAt").GetString().ShouldBe("08:00:00");

        var url = $"/api/v1/support/stores/{store.Id}/service-targets";
        await (await staff.Client.PutAsJsonAsync(url, new { firstResponseMinutes = 0, resolutionMinutes = 60 }))
            .ShouldBeValidationProblem("firstResponseMinutes");
        await (await staff.Client.PutAsJsonAsync(url, new { firstResponseMinutes = 60, resolutionMinutes = 30 }))
            .ShouldBeValidationProblem("resolutionMinutes");
        await (await staff.Client.GetAsync($"/api/v1/support/stores/{store.Id}/dashboard?days=0")).ShouldBeValidationProblem("days");

        var shopper = await factory.CreateShopperAsync();
        var otherStaff = await factory.CreateStaffAsync((await factory.StoreAsync()).Id);
        foreach (var outsider in new[] { shopper, otherStaff })
        {
            (await outsider.GetAsync(url)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
            (await outsider.PutAsJsonAsync(url, new { firstResponseMinutes = 5, resolutionMinutes = 10 })).StatusCode.ShouldBe(HttpStatusCode.NotFound);
            (await outsider.GetAsync($"/api/v1/support/stores/{store.Id}/dashboard")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        }
        var unchanged = await (await staff.Client.GetAsync(url)).ShouldHaveStatus(HttpStatusCode.OK);
        unchanged.GetProperty("resolutionMinutes").GetInt32().ShouldBe(ServiceTargets.DefaultResolutionMinutes, "refused changes wrote nothing");
    }

    /// <summary>Moves the test clock forward to the next moment London's clock shows <paramref name="local"/>.</summary>
    private void AdvanceTo(TimeOnly local)
    {
        var now = factory.Clock.GetUtcNow().UtcDateTime;
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(now, London));
        var at = TimeZoneInfo.ConvertTimeToUtc(today.ToDateTime(local), London);
        if (at <= now) at = TimeZoneInfo.ConvertTimeToUtc(today.AddDays(1).ToDateTime(local), London);
        factory.Clock.Advance(at - now);
    }

    private static TimeOnly LondonTime(DateTime utc) =>
        TimeOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), London));

    private static JsonElement Level(JsonElement detail) => detail.Conversation().GetProperty("serviceLevel");

    private static async Task SetTargets(HttpClient staff, Guid storeId, int firstResponse, int resolution) =>
        await (await staff.PutAsJsonAsync($"/api/v1/support/stores/{storeId}/service-targets",
            new { firstResponseMinutes = firstResponse, resolutionMinutes = resolution })).ShouldHaveStatus(HttpStatusCode.OK);

    private static async Task<JsonElement> SetStatus(HttpClient staff, Guid id, string status) =>
        await (await staff.PutAsJsonAsync($"/api/v1/support/conversations/{id}/status", new { status })).ShouldHaveStatus(HttpStatusCode.OK);

    private static async Task<JsonElement> Dashboard(HttpClient staff, Guid storeId) =>
        await (await staff.GetAsync($"/api/v1/support/stores/{storeId}/dashboard?days=7")).ShouldHaveStatus(HttpStatusCode.OK);
}
