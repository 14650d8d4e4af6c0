using Microsoft.Extensions.Localization;

namespace Plaza.Web.Modules.Communities.Pages;

/// <summary>How the community pages name kinds, roles and visibility in the reader's language.</summary>
internal static class CommunityLabels
{
    public static string Kind(IStringLocalizer L, CommunityKind kind) => kind switch
    {
        CommunityKind.Store => L["Store community"],
        CommunityKind.Neighbourhood => L["Neighbourhood"],
        _ => L["Theme"],
    };

    public static string Role(IStringLocalizer L, MemberRole role) => role switch
    {
        MemberRole.Owner => L["Owner"],
        MemberRole.Admin => L["Administrator"],
        _ => L["Member"],
    };

    public static string Visibility(IStringLocalizer L, CommunityVisibility visibility) =>
        visibility == CommunityVisibility.Public ? L["Public: anyone can join"] : L["Private: an admin approves each request"];
}
