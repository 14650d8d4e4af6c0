using Microsoft.Extensions.Localization;
using Plaza.Web.Modules.Stores.Contracts;
using Plaza.Web.Platform.Web;

namespace Plaza.Web.Modules.Support.Assistant;

/// <summary>What the answers share about the store asked: its clock, its page, and the words for a store Plaza no longer knows.</summary>
internal static class StoreAnswers
{
    /// <summary>The store's time zone, which every date and time in an answer is written in (UTC when the store is gone).</summary>
    public static async Task<TimeZoneInfo> ZoneOf(this IStoreDirectory stores, Guid storeId, CancellationToken ct) =>
        StoreTime.Zone((await stores.Details(storeId, ct))?.TimeZone);

    public static AnswerAction Visit(IStringLocalizer L, StoreDetails store) => new(L["Visit the store"], $"/stores/{store.Id}");

    public static AssistantAnswer Unknown(IStringLocalizer L) => new(L["I can't find this store's details right now."], null, false);
}
