using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Plaza.Web.Modules.Catalog.Contracts;
using Plaza.Web.Modules.Identity.Contracts;
using Plaza.Web.Modules.Stores.Contracts;
using Plaza.Web.Platform.Data;

namespace Plaza.Web.Modules.Live;

/// <summary>Turns rooms into what pages, the API and the hub show, with the few lookups batched per list.</summary>
internal sealed class LiveRoomReader(PlazaDb db, ICatalogOffers catalog, IStoreDirectory stores, IAccountDirectory accounts, IOptions<LiveOptions> options)
{
    public Task<LiveRoom?> Find(Guid roomId, CancellationToken ct) => db.Set<LiveRoom>().AsNoTracking().FirstOrDefaultAsync(r => r.Id == roomId, ct);

    public async Task<LiveRoomView> View(LiveRoom room, CancellationToken ct) => (await Views([room], withProducts: true, ct))[0];

    /// <param name="withProducts">Lists show the cover only; the room page shows every product card.</param>
    public async Task<IReadOnlyList<LiveRoomView>> Views(IReadOnlyList<LiveRoom> rooms, bool withProducts, CancellationToken ct)
    {
        if (rooms.Count == 0) return [];
        var ids = rooms.Select(r => r.Id).ToList();
        var picks = await db.Set<LiveRoomProduct>().AsNoTracking().Where(p => ids.Contains(p.RoomId)).OrderBy(p => p.Position).ToListAsync(ct);
        var storeDetails = await stores.Details(rooms.Select(r => r.StoreId).Distinct().ToList(), ct);
        var hosts = await accounts.People(rooms.Select(r => r.HostAccountId).Distinct().ToList(), ct);
        var offers = new Dictionary<Guid, IReadOnlyDictionary<Guid, SkuOffer>>();
        foreach (var store in rooms.GroupBy(r => r.StoreId))
        {
            var roomIds = store.Select(r => r.Id).ToHashSet();
            var skus = picks.Where(p => roomIds.Contains(p.RoomId)).Select(p => p.SkuId).Distinct().ToList();
            offers[store.Key] = await catalog.Offers(store.Key, skus, ct);
        }
        return rooms.Select(r =>
        {
            var cards = picks.Where(p => p.RoomId == r.Id).Select(p => offers[r.StoreId].GetValueOrDefault(p.SkuId)).OfType<SkuOffer>()
                .Select(ProductCardView.From).ToList();
            var store = storeDetails.GetValueOrDefault(r.StoreId);
            return new LiveRoomView(r.Id, r.StoreId, store?.Name ?? "", store?.TimeZone ?? "UTC", r.HostAccountId,
                hosts.GetValueOrDefault(r.HostAccountId)?.DisplayName ?? "", r.Title, r.State, r.ScheduledStartUtc, r.StartedAtUtc, r.EndedAtUtc,
                r.SlowModeSeconds, r.Likes, CoverUrl(r) ?? cards.FirstOrDefault(c => c.PhotoUrl is not null)?.PhotoUrl, withProducts ? cards : [],
                r.PinnedSkuId,
                options.Value.Media.Connected, VideoUrl(r), r.StreamLostAtUtc is not null);
        }).ToList();
    }

    public LiveHostView HostView(LiveRoomView view, LiveRoom room) => new(view, room.StreamKey, options.Value.Media.RtmpUrl);

    public async Task<ProductCardView?> Card(Guid storeId, Guid skuId, CancellationToken ct) =>
        (await catalog.Offers(storeId, [skuId], ct)).GetValueOrDefault(skuId) is { } offer ? ProductCardView.From(offer) : null;

    public async Task<IReadOnlyList<ChatMessageView>> Messages(IReadOnlyList<LiveMessage> messages, CancellationToken ct)
    {
        var names = await accounts.People(messages.Select(m => m.AuthorId).Distinct().ToList(), ct);
        return messages.Select(m => ChatMessageView.Of(m, names.GetValueOrDefault(m.AuthorId)?.DisplayName ?? "")).ToList();
    }

    private static string? CoverUrl(LiveRoom room) => room.CoverFileName is { } file ? "/media/photos/" + file : null;

    private string? VideoUrl(LiveRoom room)
    {
        var media = options.Value.Media;
        if (!media.Connected) return null;
        return room.State switch
        {
            LiveRoomState.Live => $"{media.HlsBaseUrl!.TrimEnd('/')}/{room.Id}/index.m3u8",
            LiveRoomState.Replay when !string.IsNullOrWhiteSpace(media.ReplayBaseUrl) => $"{media.ReplayBaseUrl.TrimEnd('/')}/{room.Id}/index.m3u8",
            _ => null,
        };
    }
}
