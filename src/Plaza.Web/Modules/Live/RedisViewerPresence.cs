using StackExchange.Redis;

namespace Plaza.Web.Modules.Live;

/// <summary>
/// Several nodes: each room's connections are one Redis sorted set (member: connection id, score: the last heartbeat in
/// Unix milliseconds), so every node counts every node's viewers. Stale members are trimmed as they are counted.
/// </summary>
internal sealed class RedisViewerPresence(IConnectionMultiplexer redis) : IViewerPresence
{
    private readonly InMemoryViewerPresence _local = new();

    private static RedisKey Key(Guid roomId) => $"plaza:live:{roomId}:viewers";

    public async Task Beat(Guid roomId, string connectionId, DateTime now)
    {
        await _local.Beat(roomId, connectionId, now);
        var db = redis.GetDatabase();
        await db.SortedSetAddAsync(Key(roomId), connectionId, Ms(now));
        // A room nobody watches any more leaves no key behind.
        await db.KeyExpireAsync(Key(roomId), IViewerPresence.Window * 2);
    }

    public async Task Leave(Guid roomId, string connectionId)
    {
        await _local.Leave(roomId, connectionId);
        await redis.GetDatabase().SortedSetRemoveAsync(Key(roomId), connectionId);
    }

    public async Task<int> Count(Guid roomId, DateTime now)
    {
        await _local.Count(roomId, now);
        var db = redis.GetDatabase();
        await db.SortedSetRemoveRangeByScoreAsync(Key(roomId), double.NegativeInfinity, Ms(now - IViewerPresence.Window), Exclude.Stop);
        return (int)await db.SortedSetLengthAsync(Key(roomId));
    }

    public IReadOnlyCollection<Guid> LocalRooms => _local.LocalRooms;

    private static double Ms(DateTime utc) => new DateTimeOffset(utc, TimeSpan.Zero).ToUnixTimeMilliseconds();
}
