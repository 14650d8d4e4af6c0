using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;
using Plaza.IntegrationTests.Infrastructure;

namespace Plaza.IntegrationTests.Live;

/// <summary>A store with two products and a staff host, a room scheduled there, and viewers connected to the hub.</summary>
internal static class LiveArrange
{
    public sealed record Stage(Guid StoreId, Guid Loaf, Guid Jam, TestAccount Host);

    public static async Task<Stage> StageAsync(this PlazaFactory factory)
    {
        var store = await factory.StoreAsync();
        var category = await factory.CategoryAsync("Bakery");
        var loaf = await factory.ProductAsync(store, category, "Sourdough loaf", "", new SkuSpec("LOAF", 400, 20));
        var jam = await factory.ProductAsync(store, category, "Plum jam", "", new SkuSpec("JAM", 600, 5));
        return new Stage(store.Id, loaf.Skus[0].Id, jam.Skus[0].Id, await factory.CreateStaffAccountAsync(store.Id));
    }

    /// <returns>The host's view of the new room (id, streamKey, room...).</returns>
    public static async Task<JsonElement> ScheduleAsync(this PlazaFactory factory, Stage stage, string title = "Friday bake-off", double inHours = 1)
    {
        var start = factory.Clock.GetUtcNow().UtcDateTime.AddHours(inHours);
        return await (await stage.Host.Client.PostAsJsonAsync("/api/v1/live-rooms",
            new { storeId = stage.StoreId, title, scheduledStartUtc = start, skuIds = new[] { stage.Loaf, stage.Jam } }))
            .ShouldHaveStatus(HttpStatusCode.Created);
    }

    public static Guid RoomId(this JsonElement hostView) => hostView.GetProperty("room").GetProperty("id").GetGuid();

    public static async Task<Guid> LiveRoomAsync(this PlazaFactory factory, Stage stage)
    {
        var roomId = (await factory.ScheduleAsync(stage)).RoomId();
        await (await stage.Host.Client.PostAsync($"/api/v1/live-rooms/{roomId}/start", null)).ShouldHaveStatus(HttpStatusCode.OK);
        return roomId;
    }

    /// <summary>A hub connection through the in-memory server (long polling), as <paramref name="account"/> or anonymous.</summary>
    public static async Task<HubConnection> ViewerAsync(this PlazaFactory factory, TestAccount? account = null)
    {
        var connection = new HubConnectionBuilder()
            .WithUrl(new Uri(factory.Server.BaseAddress, "/hubs/live"), o =>
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

    public static T Service<T>(this PlazaFactory factory) where T : notnull => factory.Services.GetRequiredService<T>();
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
