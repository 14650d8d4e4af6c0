using System.Collections.Concurrent;

namespace Plaza.Web.Modules.Live;

/// <summary>
/// Chat reaches viewers in batches: the messages this node accepted for a room go out together every <see cref="Window"/>
/// as one <see cref="LiveEvents.Messages"/> event. A busy room's 200 messages a second to 1,000 viewers are then a few
/// sends a second per viewer instead of 200, and one backplane publish per batch instead of one per message (bench/README.md).
/// A message waits at most one window. The cadence is wall-clock time on purpose: it paces delivery, it decides nothing.
/// </summary>
internal sealed class ChatBatcher(LiveBroadcast broadcast, ILogger<ChatBatcher> log) : BackgroundService
{
    public static readonly TimeSpan Window = TimeSpan.FromMilliseconds(100);

    /// <summary>A batch never grows past this; the rest goes in the next.</summary>
    public const int MaxBatch = 200;

    private readonly ConcurrentDictionary<Guid, ConcurrentQueue<ChatMessageView>> _pending = new();

    public void Add(Guid roomId, ChatMessageView message) => _pending.GetOrAdd(roomId, _ => new()).Enqueue(message);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Window, TimeProvider.System);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken)) await Flush();
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested) { }
        await Flush(); // what was accepted before shutdown still goes out
    }

    /// <summary>Sends each room's waiting messages as one event (several when more than <see cref="MaxBatch"/> wait).</summary>
    public async Task Flush()
    {
        foreach (var (roomId, queue) in _pending)
        {
            while (!queue.IsEmpty)
            {
                var batch = new List<ChatMessageView>(Math.Min(queue.Count, MaxBatch));
                while (batch.Count < MaxBatch && queue.TryDequeue(out var message)) batch.Add(message);
                if (batch.Count == 0) break;
                try
                {
                    await broadcast.Messages(roomId, batch);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    log.LogWarning(e, "Chat batch of {Count} messages for room {RoomId} could not be sent", batch.Count, roomId);
                }
            }
        }
    }
}
