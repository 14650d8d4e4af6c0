using System.Net;
using System.Net.Sockets;
using System.Text;
using Plaza.IntegrationTests.Infrastructure.Media;

namespace Plaza.IntegrationTests.LiveMedia;

/// <summary>The throw-away Redis the scale-out tests give their app nodes (the SignalR backplane is pub/sub).</summary>
public sealed class RedisServerTests
{
    [MediaFact]
    public async Task A_message_published_on_one_connection_reaches_a_subscriber_on_another_and_dispose_stops_the_server()
    {
        var redis = await RedisServer.StartAsync();
        redis.Configuration.ShouldBe($"127.0.0.1:{redis.Port}");
        await using (redis)
        {
            using var subscriber = await RespClient.ConnectAsync(redis.Port);
            (await subscriber.SendAsync("SUBSCRIBE", "plaza-live")).ShouldContain("subscribe");
            using var publisher = await RespClient.ConnectAsync(redis.Port);
            (await publisher.SendAsync("PUBLISH", "plaza-live", "hello from node 1")).ShouldBe(":1\r\n");
            (await subscriber.ReadAsync()).ShouldContain("hello from node 1");
        }
        (await MediaTools.AcceptsAsync(redis.Port)).ShouldBeFalse();
    }

    /// <summary>Just enough of Redis's protocol to talk to it without a client library.</summary>
    private sealed class RespClient : IDisposable
    {
        private readonly TcpClient _tcp;
        private readonly NetworkStream _stream;

        private RespClient(TcpClient tcp)
        {
            _tcp = tcp;
            _stream = tcp.GetStream();
        }

        public static async Task<RespClient> ConnectAsync(int port)
        {
            var tcp = new TcpClient();
            await tcp.ConnectAsync(IPAddress.Loopback, port);
            return new RespClient(tcp);
        }

        public async Task<string> SendAsync(params string[] command)
        {
            var text = new StringBuilder($"*{command.Length}\r\n");
            foreach (var part in command) text.Append($"${Encoding.UTF8.GetByteCount(part)}\r\n{part}\r\n");
            await _stream.WriteAsync(Encoding.UTF8.GetBytes(text.ToString()));
            return await ReadAsync();
        }

        /// <summary>What arrives next (small replies come in one read on loopback).</summary>
        public async Task<string> ReadAsync()
        {
            var buffer = new byte[4096];
            var read = await _stream.ReadAsync(buffer).AsTask().WaitAsync(TimeSpan.FromSeconds(10));
            return Encoding.UTF8.GetString(buffer, 0, read);
        }

        public void Dispose()
        {
            _stream.Dispose();
            _tcp.Dispose();
        }
    }
}
