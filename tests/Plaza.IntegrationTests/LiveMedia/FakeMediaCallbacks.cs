using System.Collections.Concurrent;
using System.Net;
using System.Web;
using Plaza.IntegrationTests.Infrastructure.Media;

namespace Plaza.IntegrationTests.LiveMedia;

/// <summary>One call nginx (or record-done.sh) made: which callback (e.g. "on-publish") and its form fields.</summary>
internal sealed record MediaCallback(string Call, IReadOnlyDictionary<string, string> Form)
{
    public string Field(string name) => Form.TryGetValue(name, out var value) ? value : "";
    public override string ToString() => $"{Call}({string.Join(", ", Form.Select(f => $"{f.Key}={f.Value}"))})";
}

/// <summary>
/// Stands in for Plaza's media callbacks, to test the media server on its own: answers on-publish with
/// 302 Location: roomId for a known stream key and 403 otherwise, as the contract says, refuses a wrong token,
/// and records every call (HttpListener on a free loopback port).
/// </summary>
internal sealed class FakeMediaCallbacks : IDisposable
{
    private const string Prefix = "/api/v1/live-rooms/media/";
    private readonly HttpListener _listener;
    private readonly IReadOnlyDictionary<string, Guid> _rooms;
    private readonly ConcurrentQueue<MediaCallback> _calls = new();

    private FakeMediaCallbacks(HttpListener listener, string baseUrl, string token, IReadOnlyDictionary<string, Guid> rooms)
    {
        _listener = listener;
        _rooms = rooms;
        BaseUrl = baseUrl;
        Token = token;
        _ = Task.Run(ServeAsync);
    }

    public string BaseUrl { get; }
    public string Token { get; }
    public IReadOnlyList<MediaCallback> Calls => [.. _calls];

    /// <param name="rooms">Stream key → room id: the keys on-publish accepts.</param>
    public static FakeMediaCallbacks Start(IReadOnlyDictionary<string, Guid> rooms)
    {
        for (var attempt = 1; ; attempt++)
        {
            var baseUrl = $"http://127.0.0.1:{MediaTools.FreePort()}";
            var listener = new HttpListener();
            listener.Prefixes.Add(baseUrl + "/");
            try
            {
                listener.Start();
                return new FakeMediaCallbacks(listener, baseUrl, Guid.NewGuid().ToString("N"), rooms);
            }
            catch (HttpListenerException) when (attempt < 3)
            {
                listener.Close(); // the port was taken meanwhile
            }
        }
    }

    /// <summary>Waits for a call of that kind (polling; the deadline guards against hanging, it measures nothing).</summary>
    public async Task<MediaCallback> WaitForAsync(string call, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            if (_calls.FirstOrDefault(c => c.Call == call) is { } found) return found;
            if (DateTime.UtcNow > deadline)
                throw new ShouldAssertException($"No {call} within {timeout.TotalSeconds}s; calls: {string.Join("; ", Calls)}");
            await Task.Delay(100);
        }
    }

    private async Task ServeAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try { context = await _listener.GetContextAsync(); }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException) { return; }
            await AnswerAsync(context);
        }
    }

    private async Task AnswerAsync(HttpListenerContext context)
    {
        var request = context.Request;
        using var response = context.Response;
        using var reader = new StreamReader(request.InputStream);
        var form = HttpUtility.ParseQueryString(await reader.ReadToEndAsync());
        var path = request.Url!.AbsolutePath;
        if (!path.StartsWith(Prefix, StringComparison.Ordinal) || request.QueryString["token"] != Token)
        {
            response.StatusCode = 403;
            return;
        }
        var call = new MediaCallback(path[Prefix.Length..], form.AllKeys.OfType<string>().ToDictionary(k => k, k => form[k] ?? ""));
        _calls.Enqueue(call);
        if (call.Call != "on-publish") return; // 200
        if (_rooms.TryGetValue(call.Field("name"), out var room))
        {
            response.StatusCode = 302;
            response.RedirectLocation = room.ToString();
        }
        else response.StatusCode = 403;
    }

    public void Dispose() => _listener.Close();
}
