using System.Buffers;
using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net.WebSockets;
using System.Text.Json;

namespace Plaza.Bench;

/// <summary>
/// One viewer's WebSocket to <c>/hubs/live</c> (no negotiation), speaking SignalR's JSON hub protocol by hand: records of
/// JSON ending in 0x1E, a handshake, invocations answered by completions, and events. Of each chat message (<c>Messages</c> batches,
/// <c>Message</c> for a held one) it reads
/// only the number the bench put at the end of the text (" #123") and whether it is held. Lean on purpose: the load
/// generator shares this 2-core machine with both nodes, and the official client binds every argument to objects, which
/// at 200,000 deliveries a second would take a large part of the CPU the nodes are being measured on.
/// </summary>
internal sealed class ChatViewer : IAsyncDisposable
{
    private const byte Separator = 0x1E;
    private static readonly byte[] MessagePrefix = """{"type":1,"target":"Message","arguments":[{"""u8.ToArray();
    private static readonly byte[] BatchPrefix = """{"type":1,"target":"Messages","arguments":[["""u8.ToArray();
    private static readonly byte[] TextProperty = "\"text\":\""u8.ToArray();
    private static readonly byte[] HeldTrue = "\"held\":true"u8.ToArray();

    /// <summary>Called on the receive loop for each chat message: its number, whether it was held, and when the frame arrived.</summary>
    public delegate void MessageHandler(int viewer, int number, bool held, long receivedAt);

    /// <summary>What the hub answered to an invocation: an error, or the result (Send's ok and code; whether Join's result is null).</summary>
    public sealed record Completion(string? Error, bool HasResult, bool Ok, string? Code);

    private readonly ClientWebSocket _socket = new();
    private readonly SemaphoreSlim _sendGate = new(1, 1);
    private readonly ConcurrentDictionary<int, TaskCompletionSource<Completion>> _pending = new();
    private readonly TaskCompletionSource _handshake = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly MessageHandler _onMessage;
    private readonly int _index;
    private int _nextInvocation;
    private Task _receiving = Task.CompletedTask;

    private ChatViewer(int index, MessageHandler onMessage)
    {
        _index = index;
        _onMessage = onMessage;
    }

    /// <summary>Records that were not understood, and why the connection closed if the server closed it.</summary>
    public int Unreadable { get; private set; }

    public string? ClosedBecause { get; private set; }

    public static async Task<ChatViewer> ConnectAsync(int index, Uri hub, string bearerToken, MessageHandler onMessage, CancellationToken ct)
    {
        var viewer = new ChatViewer(index, onMessage);
        viewer._socket.Options.SetRequestHeader("Authorization", "Bearer " + bearerToken);
        viewer._socket.Options.KeepAliveInterval = TimeSpan.Zero; // the Beat calls keep the connection alive, as on the page
        await viewer._socket.ConnectAsync(hub, ct);
        viewer._receiving = Task.Run(viewer.ReceiveLoop, CancellationToken.None);
        await viewer.SendRaw("""{"protocol":"json","version":1}"""u8.ToArray(), ct);
        await viewer._handshake.Task.WaitAsync(TimeSpan.FromSeconds(30), ct);
        return viewer;
    }

    /// <summary>Sends an invocation; returns when its bytes are on the socket, with that moment and the completion to come.</summary>
    public async Task<(long SentAt, Task<Completion> Done)> Invoke(string target, params string[] arguments)
    {
        var id = Interlocked.Increment(ref _nextInvocation);
        var done = new TaskCompletionSource<Completion>(TaskCreationOptions.RunContinuationsAsynchronously);
        _pending[id] = done;
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteNumber("type", 1);
            json.WriteString("invocationId", id.ToString(CultureInfo.InvariantCulture));
            json.WriteString("target", target);
            json.WriteStartArray("arguments");
            foreach (var argument in arguments) json.WriteStringValue(argument);
            json.WriteEndArray();
            json.WriteEndObject();
        }
        return (await SendRaw(buffer.WrittenMemory, CancellationToken.None), done.Task);
    }

    private async Task<long> SendRaw(ReadOnlyMemory<byte> json, CancellationToken ct)
    {
        var record = new byte[json.Length + 1];
        json.CopyTo(record);
        record[^1] = Separator;
        await _sendGate.WaitAsync(ct);
        try
        {
            var at = Stopwatch.GetTimestamp();
            await _socket.SendAsync(record, WebSocketMessageType.Text, endOfMessage: true, ct);
            return at;
        }
        finally
        {
            _sendGate.Release();
        }
    }

    private async Task ReceiveLoop()
    {
        var buffer = new byte[16 * 1024];
        var filled = 0;
        try
        {
            while (true)
            {
                if (filled == buffer.Length) Array.Resize(ref buffer, buffer.Length * 2); // a record longer than the buffer (Join's answer)
                var received = await _socket.ReceiveAsync(buffer.AsMemory(filled), CancellationToken.None);
                if (received.MessageType == WebSocketMessageType.Close) break;
                var at = Stopwatch.GetTimestamp();
                filled += received.Count;
                // A frame may hold several records, and a record may end in a later frame: keep what follows the last separator.
                var start = 0;
                int end;
                while ((end = Array.IndexOf(buffer, Separator, start, filled - start)) >= 0)
                {
                    OnRecord(buffer.AsSpan(start, end - start), at);
                    start = end + 1;
                }
                if (start > 0)
                {
                    Buffer.BlockCopy(buffer, start, buffer, 0, filled - start);
                    filled -= start;
                }
            }
            ClosedBecause ??= "closed by the server";
        }
        catch (Exception e) when (e is WebSocketException or OperationCanceledException or ObjectDisposedException)
        {
            ClosedBecause ??= e.Message;
        }
        _handshake.TrySetException(new InvalidOperationException($"viewer {_index}: {ClosedBecause}"));
        foreach (var pending in _pending.Values) pending.TrySetResult(new Completion(ClosedBecause ?? "closed", false, false, null));
    }

    private void OnRecord(ReadOnlySpan<byte> record, long at)
    {
        if (record.StartsWith(MessagePrefix) && TryReadNumber(record, out var number, out _))
        {
            _onMessage(_index, number, record.IndexOf(HeldTrue) >= 0, at);
            return;
        }
        if (record.StartsWith(BatchPrefix))
        {
            // A batch: every message's number in order (held messages are never batched; they go to their author alone).
            var rest = record;
            while (TryReadNumber(rest, out var n, out var read))
            {
                _onMessage(_index, n, false, at);
                rest = rest[read..];
            }
            return;
        }
        using var document = JsonDocument.Parse(record.ToArray());
        var root = document.RootElement;
        if (!_handshake.Task.IsCompleted)
        {
            if (root.TryGetProperty("error", out var refused))
                _handshake.TrySetException(new InvalidOperationException($"viewer {_index}: handshake refused: {refused.GetString()}"));
            else _handshake.TrySetResult();
            return;
        }
        switch (root.GetProperty("type").GetInt32())
        {
            case 3 when int.TryParse(root.GetProperty("invocationId").GetString(), CultureInfo.InvariantCulture, out var id)
                        && _pending.TryRemove(id, out var pending):
                pending.TrySetResult(ReadCompletion(root));
                break;
            case 7:
                ClosedBecause = root.TryGetProperty("error", out var why) ? why.GetString() : "closed by the server";
                break;
            case 1 when root.GetProperty("target").GetString() is "Message" or "Messages":
                Unreadable++; // a chat message without the bench's number: another shape than the fast path expects
                break;
        }
    }

    private static Completion ReadCompletion(JsonElement root)
    {
        if (root.TryGetProperty("error", out var error)) return new(error.GetString() ?? "error", false, false, null);
        if (!root.TryGetProperty("result", out var result) || result.ValueKind == JsonValueKind.Null) return new(null, false, false, null);
        var ok = result.ValueKind == JsonValueKind.Object && result.TryGetProperty("ok", out var o) && o.ValueKind == JsonValueKind.True;
        var code = result.ValueKind == JsonValueKind.Object && result.TryGetProperty("code", out var c) && c.ValueKind == JsonValueKind.String
            ? c.GetString()
            : null;
        return new(null, true, ok, code);
    }

    /// <summary>
    /// The digits after the first '#' of the first message's text (the bench's texts have no other '#'), and how far into
    /// <paramref name="record"/> they end, so a batch is read message by message.
    /// </summary>
    private static bool TryReadNumber(ReadOnlySpan<byte> record, out int number, out int read)
    {
        number = 0;
        read = 0;
        var text = record.IndexOf(TextProperty);
        if (text < 0) return false;
        var start = text + TextProperty.Length;
        var hash = record[start..].IndexOf((byte)'#');
        if (hash < 0) return false;
        var at = start + hash + 1;
        var digits = 0;
        while (at < record.Length && record[at] is >= (byte)'0' and <= (byte)'9')
        {
            number = number * 10 + (record[at] - '0');
            digits++;
            at++;
        }
        read = at;
        return digits > 0;
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (_socket.State == WebSocketState.Open)
                await _socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(5));
            await _receiving.WaitAsync(TimeSpan.FromSeconds(5));
        }
        catch (Exception e) when (e is WebSocketException or TimeoutException or OperationCanceledException)
        {
            // the node may be gone already
        }
        _socket.Dispose();
        _sendGate.Dispose();
    }

    public static string Describe(Completion c) => c.Error ?? c.Code ?? (c.Ok ? "ok" : "no answer");
}
