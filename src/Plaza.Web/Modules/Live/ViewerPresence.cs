using System.Collections.Concurrent;

namespace Plaza.Web.Modules.Live;

/// <summary>
/// Who is watching a room. The viewer count is the number of distinct connections (a tab, an app) that sent a heartbeat in
/// the last <see cref="Window"/>, across every node: each page beats every 10 s. A viewer counts themself, so the count a
/// viewer sees is never zero.
/// </summary>
internal interface IViewerPresence
{
    public static readonly TimeSpan Window = TimeSpan.FromSeconds(30);

    Task Beat(Guid roomId, string connectionId, DateTime now);

    Task Leave(Guid roomId, string connectionId);

    Task<int> Count(Guid roomId, DateTime now);

    /// <summary>Rooms with a viewer connected to this node (whose counts this node shows).</summary>
    IReadOnlyCollection<Guid> LocalRooms { get; }
}

/// <summary>One node, no Redis: the connections are all here.</summary>
internal sealed class InMemoryViewerPresence : IViewerPresence
{
    private readonly ConcurrentDictionary<Guid, ConcurrentDictionary<string, DateTime>> _rooms = new();

    public Task Beat(Guid roomId, string connectionId, DateTime now)
    {
        _rooms.GetOrAdd(roomId, _ => new())[connectionId] = now;
        return Task.CompletedTask;
    }

    public Task Leave(Guid roomId, string connectionId)
    {
        if (_rooms.TryGetValue(roomId, out var room)) room.TryRemove(connectionId, out _);
        return Task.CompletedTask;
    }

    public Task<int> Count(Guid roomId, DateTime now)
    {
        if (!_rooms.TryGetValue(roomId, out var room)) return Task.FromResult(0);
        var since = now - IViewerPresence.Window;
        foreach (var (connection, seen) in room)
            if (seen < since) room.TryRemove(connection, out _);
        if (room.IsEmpty) _rooms.TryRemove(roomId, out _);
        return Task.FromResult(room.Count);
    }

    public IReadOnlyCollection<Guid> LocalRooms => _rooms.Keys.ToList();
}
