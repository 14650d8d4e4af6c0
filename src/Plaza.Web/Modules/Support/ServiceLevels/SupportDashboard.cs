using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Plaza.Web.Platform.Auth;
using Plaza.Web.Platform.Data;
using Plaza.Web.Platform.Validation;

namespace Plaza.Web.Modules.Support.ServiceLevels;

/// <summary>
/// How a store's customer service is doing over the last days: conversations, who answered them (the assistant alone or
/// people), first-response and resolution times in opening hours (median and 90th percentile), service levels met, and what
/// customers rated it — counted from the cycles resolved in the period — and what is open right now, including what is
/// already past its target.
/// </summary>
internal static class SupportDashboard
{
    public const int MaxDays = 90, MaxOpenMeasured = 1000;

    public sealed record Times(int Count, int? MedianSeconds, int? P90Seconds);

    /// <param name="Met">Of the cycles where the target applied, how many met it.</param>
    public sealed record TargetResults(int Judged, int Met)
    {
        public int? Percent => Judged == 0 ? null : (int)Math.Round(100.0 * Met / Judged);
    }

    public sealed record Satisfaction(int Ratings, double? Average, int FourOrFive);

    public sealed record OpenNow(int WithAssistant, int WaitingForPerson, int WithPeople, int Pending, int Snoozed, int PastTarget);

    public sealed record DashboardView(Guid StoreId, int Days, DateTime FromUtc, DateTime ToUtc, int NewConversations, int Resolved,
        int ResolvedByAssistant, int ResolvedByPeople, Times FirstResponse, Times Resolution, TargetResults FirstResponseTarget,
        TargetResults ResolutionTarget, Satisfaction Satisfaction, OpenNow Open, SetServiceTargets.TargetsView Targets);

    /// <returns>null when the caller does not work at the store.</returns>
    public static async Task<Outcome<DashboardView>?> Execute(Guid storeId, int? days, ClaimsPrincipal user, PlazaDb db, ServiceLevelReader levels,
        TimeProvider clock, CancellationToken ct)
    {
        if (!user.IsStaffOf(storeId)) return null;
        if (days is not (null or (>= 1 and <= MaxDays))) return new Validator().Add("days", $"Choose 1 to {MaxDays} days.");
        var period = days ?? 7;
        var now = clock.GetUtcNow().UtcDateTime;
        var from = now.AddDays(-period);

        var cycles = await db.Set<SupportCycle>().AsNoTracking().Where(c => c.StoreId == storeId && c.ResolvedAtUtc >= from).ToListAsync(ct);
        var started = await db.Set<Conversation>().CountAsync(c => c.StoreId == storeId && c.CreatedAtUtc >= from, ct);
        var open = await db.Set<Conversation>().AsNoTracking().Where(c => c.StoreId == storeId && c.Status != ConversationStatus.Resolved)
            .OrderByDescending(c => c.LastMessageAtUtc).Take(MaxOpenMeasured).ToListAsync(ct);
        var measured = await levels.Measure(open.Where(c => c.WithPerson).ToList(), now, ct);
        var people = cycles.Where(c => c.AnsweredBy == ConversationHandler.Person).ToList();
        var ratings = cycles.Where(c => c.Rating is not null).Select(c => c.Rating!.Value).ToList();

        return new DashboardView(storeId, period, from, now, started, cycles.Count, cycles.Count - people.Count, people.Count,
            TimesOf(people.Select(c => c.FirstResponseSeconds)), TimesOf(people.Select(c => c.ResolutionSeconds)),
            ResultsOf(cycles.Select(c => c.FirstResponseMet)), ResultsOf(cycles.Select(c => c.ResolutionMet)),
            new(ratings.Count, ratings.Count == 0 ? null : Math.Round(ratings.Average(), 1), ratings.Count(r => r >= 4)),
            new(open.Count(c => !c.WithPerson && c.Status == ConversationStatus.Open),
                open.Count(c => c.WithPerson && c.AssigneeId is null && c.Status == ConversationStatus.Open),
                open.Count(c => c.WithPerson && c.AssigneeId is not null && c.Status == ConversationStatus.Open),
                open.Count(c => c.Status == ConversationStatus.Pending), open.Count(c => c.Status == ConversationStatus.Snoozed),
                measured.Values.Count(l => l.Met == false)),
            await SetServiceTargets.View(storeId, levels, ct));
    }

    /// <summary>Nearest-rank percentiles, so a reported time is one a customer really waited.</summary>
    public static Times TimesOf(IEnumerable<int?> seconds)
    {
        var sorted = seconds.OfType<int>().Order().ToList();
        return sorted.Count == 0 ? new(0, null, null) : new(sorted.Count, Percentile(sorted, 0.5), Percentile(sorted, 0.9));
    }

    private static int Percentile(List<int> sorted, double p) => sorted[Math.Max(0, (int)Math.Ceiling(p * sorted.Count) - 1)];

    private static TargetResults ResultsOf(IEnumerable<bool?> met)
    {
        var judged = met.OfType<bool>().ToList();
        return new(judged.Count, judged.Count(m => m));
    }

    public static async Task<Results<Ok<DashboardView>, ValidationProblem, NotFound>> Handle(Guid storeId, int? days, ClaimsPrincipal user,
        PlazaDb db, ServiceLevelReader levels, TimeProvider clock, CancellationToken ct) =>
        (await Execute(storeId, days, user, db, levels, clock, ct)).OkOr(v => v);
}
