using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;

namespace Plaza.IntegrationTests.Infrastructure;

/// <summary>SignalR clients of the in-memory test server (long polling: the test server has no WebSockets), as someone or anonymous.</summary>
internal static class HubClients
{
    public static async Task<HubConnection> ConnectAsync(this PlazaFactory factory, string path, TestAccount? account = null)
    {
        var connection = new HubConnectionBuilder()
            .WithUrl(new Uri(factory.Server.BaseAddress, path), o =>
            {
                o.Transports = HttpTransportType.LongPolling;
                o.HttpMessageHandlerFactory = _ => factory.Server.CreateHandler();
                if (account is not null) o.AccessTokenProvider = () => Task.FromResult<string?>(account.Token);
            })
            .AddJsonProtocol(o => o.PayloadSerializerOptions.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase)))
            .Build();
        await connection.StartAsync();
        return connection;
    }

    /// <summary>Collects what the hub pushes for one event name, and waits for the next one.</summary>
    public static Received<T> Listen<T>(this HubConnection connection, string method)
    {
        var received = new Received<T>();
        connection.On<T>(method, received.Add);
        return received;
    }
}

internal sealed class Received<T>
{
    private readonly List<T> _items = [];
    private TaskCompletionSource _next = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public IReadOnlyList<T> Items { get { lock (_items) return _items.ToList(); } }

    public void Add(T item)
    {
        lock (_items)
        {
            _items.Add(item);
            _next.TrySetResult();
            _next = new(TaskCreationOptions.RunContinuationsAsynchronously);
        }
    }

    /// <summary>Waits until <paramref name="count"/> items arrived (or fails after 10 s of real time).</summary>
    public async Task<IReadOnlyList<T>> AtLeast(int count)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (true)
        {
            Task next;
            lock (_items)
            {
                if (_items.Count >= count) return _items.ToList();
                next = _next.Task;
            }
            var left = deadline - DateTime.UtcNow;
            if (left <= TimeSpan.Zero) throw new TimeoutException($"Expected {count} pushes, got {Items.Count}.");
            await Task.WhenAny(next, Task.Delay(left));
        }
    }
}
