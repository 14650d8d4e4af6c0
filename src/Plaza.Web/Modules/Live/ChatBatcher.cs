using System.Collections.Concurrent;
using Plaza.Web.Platform.Data;

namespace Plaza.Web.Modules.Live;

/// <summary>
/// Chat is stored and reaches viewers in batches: every <see cref="Window"/> the messages this node accepted are written
/// in one save (one batched command and its commit instead of one per message), then each room's messages go out
/// together as one <see cref="LiveEvents.Messages"/> event. A busy room's 200 messages a second to 1,000 viewers are then
/// a few sends a second per viewer instead of 200, and one backplane publish per batch (bench/README.md). A message waits
/// at most one window. The cadence is wall-clock time on purpose: it paces storing and delivery, it decides nothing.
/// <para>
/// <see cref="Add"/> completes only once the message's row is committed, and the sender is answered only then, so an
/// answered message is always stored; it is delivered only after that, so a viewer never sees a message that the replay
/// and a moderator's delete cannot find. If the node dies before its flush, what waits is lost together: not stored, not
/// delivered and never answered, so the sender sees no acknowledgement (ADR 0028).
/// </para>
/// </summary>
internal sealed class ChatBatcher(LiveBroadcast broadcast, IServiceScopeFactory scopes, ILogger<ChatBatcher> log) : BackgroundService
{
    public static readonly TimeSpan Window = TimeSpan.FromMilliseconds(100);

    /// <summary>An event never carries more than this; the rest of a room's batch goes in the next.</summary>
    public const int MaxBatch = 200;

    /// <summary>One save never writes more than this many messages.</summary>
    public const int MaxSave = 1000;

    private sealed record Waiting(LiveMessage Message, ChatMessageView View, TaskCompletionSource Stored);

    private readonly ConcurrentQueue<Waiting> _pending = new();
    private readonly SemaphoreSlim _flushing = new(1, 1);
    private bool _stopped;

    /// <summary>
    /// Queues the message for the next flush. The task completes once its row is stored (or fails when it could not be);
    /// a message that is not held is then sent to the room.
    /// </summary>
    public Task Add(LiveMessage message, ChatMessageView view)
    {
        var waiting = new Waiting(message, view, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
        _pending.Enqueue(waiting);
        // The server may still take a message while the host stops, after the last tick: store and send it at once.
        if (Volatile.Read(ref _stopped)) _ = Flush();
        return waiting.Stored.Task;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Window, TimeProvider.System);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken)) await Flush();
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested) { }
        Volatile.Write(ref _stopped, true);
        await Flush(); // what was accepted before shutdown is still stored and goes out
    }

    /// <summary>Stores what waits in one save, then sends each room's messages as one event (several past <see cref="MaxBatch"/>).</summary>
    public async Task Flush()
    {
        await _flushing.WaitAsync();
        try
        {
            while (!_pending.IsEmpty)
            {
                var batch = new List<Waiting>(Math.Min(_pending.Count, MaxSave));
                while (batch.Count < MaxSave && _pending.TryDequeue(out var waiting)) batch.Add(waiting);
                if (batch.Count == 0) break;
                var stored = await Store(batch);
                foreach (var room in stored.Where(w => !w.Message.Held).GroupBy(w => w.Message.RoomId))
                    foreach (var chunk in room.Select(w => w.View).Chunk(MaxBatch))
                        await Send(room.Key, chunk);
            }
        }
        finally
        {
            _flushing.Release();
        }
    }

    /// <returns>The messages stored, in the order they came.</returns>
    private async Task<List<Waiting>> Store(List<Waiting> batch)
    {
        try
        {
            await Save(batch.Select(w => w.Message));
            foreach (var w in batch) w.Stored.TrySetResult();
            return batch;
        }
        catch (Exception e)
        {
            // One bad row must not sink the others: each is tried alone, and only the ones that fail again are refused.
            log.LogWarning(e, "A chat batch of {Count} messages could not be stored at once; storing them one by one", batch.Count);
        }
        var stored = new List<Waiting>(batch.Count);
        foreach (var w in batch)
        {
            try
            {
                await Save([w.Message]);
                w.Stored.TrySetResult();
                stored.Add(w);
            }
            catch (Exception e)
            {
                w.Stored.TrySetException(e);
            }
        }
        return stored;
    }

    private async Task Save(IEnumerable<LiveMessage> messages)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PlazaDb>();
        db.AddRange(messages);
        await db.SaveChangesAsync(CancellationToken.None); // never cut short by shutdown: the senders wait for it
    }

    private async Task Send(Guid roomId, ChatMessageView[] messages)
    {
        try
        {
            await broadcast.Messages(roomId, messages);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            log.LogWarning(e, "Chat batch of {Count} messages for room {RoomId} could not be sent", messages.Length, roomId);
        }
    }
}
