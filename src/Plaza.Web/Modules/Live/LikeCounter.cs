using System.Collections.Concurrent;

namespace Plaza.Web.Modules.Live;

/// <summary>
/// Taps on the heart, counted exactly but not sent one by one: each node adds them up here and <see cref="ShowLikes"/>
/// writes them to the room and broadcasts the total at most once a second. A node keeps a room "to show" until it
/// wins a broadcast slot, so its taps are always in some total shown.
/// </summary>
internal sealed class LikeCounter
{
    public const int MaxTapsPerCall = 50;

    private readonly ConcurrentDictionary<Guid, long> _pending = new();
    private readonly ConcurrentDictionary<Guid, bool> _toShow = new();

    public void Add(Guid roomId, int taps) =>
        _pending.AddOrUpdate(roomId, Math.Clamp(taps, 1, MaxTapsPerCall), (_, n) => n + Math.Clamp(taps, 1, MaxTapsPerCall));

    /// <summary>Takes every room's pending taps (they are this node's to write now).</summary>
    public IReadOnlyList<(Guid RoomId, long Taps)> Drain()
    {
        var taken = new List<(Guid, long)>();
        foreach (var roomId in _pending.Keys)
            if (_pending.TryRemove(roomId, out var taps) && taps > 0)
            {
                taken.Add((roomId, taps));
                _toShow[roomId] = true;
            }
        return taken;
    }

    public IReadOnlyCollection<Guid> ToShow => _toShow.Keys.ToList();

    public void Shown(Guid roomId) => _toShow.TryRemove(roomId, out _);

    /// <summary>Taps that could not be written (the database was away) wait for the next second.</summary>
    public void PutBack(Guid roomId, long taps) => _pending.AddOrUpdate(roomId, taps, (_, n) => n + taps);
}
