using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Plaza.Web.Platform.Auth;
using Plaza.Web.Platform.Data;
using Plaza.Web.Platform.Validation;

namespace Plaza.Web.Modules.Notifications;

/// <summary>Which kinds of notification a person gets. Everything is on until they switch it off.</summary>
internal static class ChooseNotifications
{
    public sealed record PreferenceView(NotificationKind Kind, bool Enabled);

    public sealed record PreferencesRequest(IReadOnlyDictionary<string, bool>? Kinds);

    public static async Task<IReadOnlyList<PreferenceView>> Load(Guid accountId, PlazaDb db, CancellationToken ct)
    {
        var off = await db.Set<NotificationOptOut>().Where(o => o.AccountId == accountId).Select(o => o.Kind).ToListAsync(ct);
        return Enum.GetValues<NotificationKind>().Select(k => new PreferenceView(k, !off.Contains(k))).ToList();
    }

    public static async Task<Outcome<IReadOnlyList<PreferenceView>>> Save(Guid accountId, IReadOnlyDictionary<NotificationKind, bool> choices, PlazaDb db, CancellationToken ct)
    {
        var existing = await db.Set<NotificationOptOut>().Where(o => o.AccountId == accountId).ToListAsync(ct);
        foreach (var (kind, enabled) in choices)
        {
            var row = existing.FirstOrDefault(o => o.Kind == kind);
            if (enabled && row is not null) db.Remove(row);
            if (!enabled && row is null) db.Add(new NotificationOptOut { AccountId = accountId, Kind = kind });
        }
        await db.SaveChangesAsync(ct);
        return new Outcome<IReadOnlyList<PreferenceView>>(await Load(accountId, db, ct), null);
    }

    public static async Task<Ok<IReadOnlyList<PreferenceView>>> HandleGet(ClaimsPrincipal user, PlazaDb db, CancellationToken ct) =>
        TypedResults.Ok(await Load(user.RequiredAccountId(), db, ct));

    public static async Task<Results<Ok<IReadOnlyList<PreferenceView>>, ValidationProblem>> HandlePut(PreferencesRequest request, ClaimsPrincipal user, PlazaDb db, CancellationToken ct)
    {
        var v = new Validator().Check(request.Kinds is { Count: > 0 }, "kinds", "Give at least one kind with true or false.");
        var choices = new Dictionary<NotificationKind, bool>();
        foreach (var (name, enabled) in request.Kinds ?? new Dictionary<string, bool>())
        {
            if (Enum.TryParse<NotificationKind>(name.Replace("_", ""), ignoreCase: true, out var kind) && Enum.IsDefined(kind)) choices[kind] = enabled;
            else v.Add($"kinds.{name}", "Unknown kind. Use one of: " + string.Join(", ", Enum.GetNames<NotificationKind>()));
        }
        if (!v.IsValid) return v.Problem();
        return (await Save(user.RequiredAccountId(), choices, db, ct)).OkOr(prefs => prefs);
    }
}
