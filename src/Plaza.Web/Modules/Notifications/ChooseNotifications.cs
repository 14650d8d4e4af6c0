using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Plaza.Web.Modules.Notifications.Contracts;
using Plaza.Web.Platform.Auth;
using Plaza.Web.Platform.Data;
using Plaza.Web.Platform.Validation;

namespace Plaza.Web.Modules.Notifications;

/// <summary>Which kinds of notification a person gets. Everything is on until they switch it off.</summary>
internal static class ChooseNotifications
{
    public sealed record Preference(NotificationKindDefinition Kind, bool Enabled);

    /// <param name="Kind">The kind as the API writes it ("order_status").</param>
    public sealed record PreferenceView(string Kind, bool Enabled)
    {
        public static PreferenceView From(Preference p) => new(NotificationKinds.ApiName(p.Kind.Name), p.Enabled);
    }

    public sealed record PreferencesRequest(IReadOnlyDictionary<string, bool>? Kinds);

    /// <summary>Every registered kind, in order, with whether the person gets it.</summary>
    public static async Task<IReadOnlyList<Preference>> Load(Guid accountId, NotificationKinds kinds, PlazaDb db, CancellationToken ct)
    {
        var off = await db.Set<NotificationOptOut>().Where(o => o.AccountId == accountId).Select(o => o.Kind).ToListAsync(ct);
        return kinds.All.Select(k => new Preference(k, !off.Contains(k.Name))).ToList();
    }

    /// <param name="choices">Kind names (as registered) and whether each is on.</param>
    public static async Task<IReadOnlyList<Preference>> Save(Guid accountId, IReadOnlyDictionary<string, bool> choices, NotificationKinds kinds, PlazaDb db,
        CancellationToken ct)
    {
        var existing = await db.Set<NotificationOptOut>().Where(o => o.AccountId == accountId).ToListAsync(ct);
        foreach (var (kind, enabled) in choices)
        {
            var row = existing.FirstOrDefault(o => o.Kind == kind);
            if (enabled && row is not null) db.Remove(row);
            if (!enabled && row is null) db.Add(new NotificationOptOut { AccountId = accountId, Kind = kind });
        }
        await db.SaveChangesAsync(ct);
        return await Load(accountId, kinds, db, ct);
    }

    public static async Task<Ok<List<PreferenceView>>> HandleGet(ClaimsPrincipal user, NotificationKinds kinds, PlazaDb db, CancellationToken ct) =>
        TypedResults.Ok((await Load(user.RequiredAccountId(), kinds, db, ct)).Select(PreferenceView.From).ToList());

    public static async Task<Results<Ok<List<PreferenceView>>, ValidationProblem>> HandlePut(PreferencesRequest request, ClaimsPrincipal user,
        NotificationKinds kinds, PlazaDb db, CancellationToken ct)
    {
        var v = new Validator().Check(request.Kinds is { Count: > 0 }, "kinds", "Give at least one kind with true or false.");
        var choices = new Dictionary<string, bool>();
        foreach (var (name, enabled) in request.Kinds ?? new Dictionary<string, bool>())
        {
            if (kinds.FromApi(name) is { } kind) choices[kind.Name] = enabled;
            else v.Add($"kinds.{name}", "Unknown kind. Use one of: " + string.Join(", ", kinds.All.Select(k => k.Name)));
        }
        if (!v.IsValid) return v.Problem();
        return TypedResults.Ok((await Save(user.RequiredAccountId(), choices, kinds, db, ct)).Select(PreferenceView.From).ToList());
    }
}
