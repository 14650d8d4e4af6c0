using Microsoft.Extensions.Localization;

namespace Plaza.Web.Modules.GroupBuying.Pages;

/// <summary>Words the group-buy pages share: time left, status.</summary>
internal static class TeamText
{
    public static string TimeLeft(IStringLocalizer L, DateTime expiresAtUtc, DateTime now)
    {
        var left = expiresAtUtc - now;
        if (left <= TimeSpan.Zero) return L["Time is up"];
        if (left.TotalHours >= 1) return L["{0} h {1} min left", (int)left.TotalHours, left.Minutes];
        return L["{0} min left", Math.Max(1, (int)Math.Ceiling(left.TotalMinutes))];
    }

    public static string Status(IStringLocalizer L, string status) => status switch
    {
        nameof(TeamStatus.Complete) => L["Team complete"],
        nameof(TeamStatus.Failed) => L["Did not fill in time"],
        _ => L["Open"],
    };
}
