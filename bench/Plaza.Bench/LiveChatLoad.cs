using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Plaza.Web.Modules.Identity;
using Plaza.Web.Modules.Live;
using Plaza.Web.Platform.Data;

namespace Plaza.Bench;

/// <summary>
/// Issue 11's live room under load: N signed-in viewers on WebSockets, half on each of two app nodes (<see cref="LiveChatNodes"/>),
/// all in one live room; the same viewers chat at an even rate through the hub's <c>Send</c>, each message through its own
/// node, every page's 10-second <c>Beat</c> running meanwhile. Every viewer must receive every accepted message: lost =
/// expected deliveries − received. Latency = when the frame arrived − when the <c>Send</c> went onto the socket, one
/// Stopwatch in one process; percentiles over every delivery after the warm-up.
/// </summary>
internal static class LiveChatLoad
{
    /// <param name="NodeEnvironment">Further environment variables for both node processes (runtime or app settings to try).</param>
    public sealed record Settings(string PgServer, int Viewers, int Rate, int Seconds, int WarmUpSeconds, int Pool, int? RateCap,
        IReadOnlyDictionary<string, string> NodeEnvironment);

    /// <param name="Received">Deliveries of accepted messages that arrived (each viewer counted once per message).</param>
    /// <param name="MaxLagMs">How late the pacer sent its most late message: the load generator keeping up, or not.</param>
    /// <param name="Span">From the first send to the last delivery: longer than the schedule when the nodes fell behind.</param>
    public sealed record Result(Settings Settings, int Sent, int Accepted, Dictionary<string, int> Refused, Dictionary<string, int> Held, long Received,
        long Duplicates, int Unreadable, float[] LatenciesMs, float[] AckMs, double MaxLagMs, TimeSpan Span, Memory[] Nodes, Cpu Cpu, string Load,
        string? Problems)
    {
        public long Expected => (long)Accepted * Settings.Viewers;
        public long Lost => Expected - Received;
        public bool Passed => Lost == 0 && Accepted == Sent && Problems is null;
    }

    /// <summary>A node's resident memory (MiB): started and idle, with the viewers connected, the peak under load, after.</summary>
    public sealed record Memory(string Name, double Idle, double Connected, double Peak, double After);

    /// <summary>CPU over the measured seconds, in cores (1.0 = one core busy): each node, redis-server, the PostgreSQL backends serving
    /// the run's database, the bench itself, and the whole machine (which includes whatever else runs on it).</summary>
    public sealed record Cpu(double NodeA, double NodeB, double Redis, double Postgres, double Bench, double Machine);

    /// <summary>What viewers say in a bakery's live room; " #n" is appended (the bench's message number).</summary>
    private static readonly string[] Lines =
    [
        "Is the sourdough still warm?", "How big is the plum jam jar?", "Can I pick this up on Saturday morning?", "That loaf looks amazing",
        "Do you have a gluten free version?", "How long does the jam keep once opened?", "Love the crust on that one", "Is there rye today?",
        "Can you show the croissants again please", "Is the rye a big loaf?", "Will there be cinnamon buns next week?",
        "How many slices in the big loaf?", "Just ordered two, thank you", "Is the jam very sweet?", "What time do you open tomorrow?",
        "My kids loved the last batch", "Could you hold the loaf closer to the camera?", "Does the seeded one have sesame?",
        "Great stream as always", "Any vegan cakes today?", "Is the olive bread back?", "How do you keep the crumb so open?",
        "The plum jam is the best in town", "Are the baguettes baked this morning?", "Please save me a sourdough", "Which flour do you use?",
        "How warm should I keep the starter?", "Is the apple tart still on?", "Thanks for the tips on proving", "Hi everyone, first time here",
    ];

    public static async Task<Result> RunAsync(Settings s)
    {
        var tokens = Array.Empty<string>();
        var roomId = Guid.Empty;
        var settings = new Dictionary<string, string>(s.NodeEnvironment);
        if (s.RateCap is { } cap) settings["Live__RateCapMessages"] = cap.ToString(CultureInfo.InvariantCulture);
        using var nodes = await LiveChatNodes.StartAsync(s.PgServer, s.Pool, settings, async connection =>
            (roomId, tokens) = await ArrangeAsync(connection, s.Viewers));
        var memory = new MemoryWatch(nodes.Nodes.Select(n => n.Process).ToArray());
        Console.Error.WriteLine($"nodes up: {string.Join(", ", nodes.Nodes.Select(n => $"{n.Process.Name} pid {n.Process.Id} at {n.Hub}"))}");

        var total = (s.WarmUpSeconds + s.Seconds) * s.Rate;
        var firstMeasured = s.WarmUpSeconds * s.Rate;
        var tally = new Tally(s.Viewers, total);
        var viewers = await ConnectAsync(nodes, tokens, roomId, tally);
        try
        {
            memory.Mark(connected: true);
            using var stop = new CancellationTokenSource();
            var beats = BeatAsync(viewers, roomId, stop.Token);
            var sampling = memory.SampleAsync(stop.Token);

            // The measured stretch's CPU starts when the warm-up ends; the pacer calls back at that message.
            CpuSnapshot? from = null;
            var sends = await SendAsync(viewers, roomId, total, s.Rate, tally, firstMeasured, () => from = CpuSnapshot.Take(nodes));
            var to = CpuSnapshot.Take(nodes);
            await tally.DrainAsync(sends.AcceptedCount, TimeSpan.FromSeconds(30));
            await stop.CancelAsync();
            var beatErrors = await beats;
            await sampling;

            var accepted = Enumerable.Range(0, total).Where(sends.Accepted).ToList();
            var measured = accepted.Where(k => k >= firstMeasured).ToList();
            var problems = new List<string>();
            if (beatErrors > 0) problems.Add($"{beatErrors} Beat calls failed");
            if (tally.Foreign > 0) problems.Add($"{tally.Foreign} deliveries of messages the bench never sent");
            if (tally.DeliveredOf(sends.RefusedOrHeld) is > 0 and var odd) problems.Add($"{odd} deliveries of refused or held messages");
            if (tally.Missing(accepted) is { Count: > 0 } missing)
                problems.Add($"lost deliveries are on {missing.Count} viewers ({missing.Keys.Count(v => v % 2 == 0)} on node A), " +
                    $"at most {missing.Values.Max()} each");
            if (sends.Unanswered > 0) problems.Add($"{sends.Unanswered} sends had no answer within {AnswerWait.TotalMinutes} minutes");
            if (viewers.FirstOrDefault(v => v.ClosedBecause is not null) is { } closed) problems.Add($"a viewer's connection closed: {closed.ClosedBecause}");
            return new Result(s, total, accepted.Count, sends.Refused(), HeldLines(tally), tally.ReceivedFor(accepted), tally.Duplicates,
                viewers.Sum(v => v.Unreadable), tally.Latencies(measured, sends.SentMs), sends.AckLatencies(firstMeasured), sends.MaxLagMs,
                TimeSpan.FromMilliseconds(tally.LastArrivalMs() - sends.SentMs.Min()),
                memory.Results(), from!.CoresUntil(to), $"{CpuSnapshot.LoadAverage()}", problems.Count == 0 ? null : string.Join("; ", problems));
        }
        finally
        {
            await Task.WhenAll(viewers.Select(v => v.DisposeAsync().AsTask()));
        }
    }

    /// <summary>Which of the chat lines the content pipeline held for a moderator, and how often.</summary>
    private static Dictionary<string, int> HeldLines(Tally tally) =>
        Enumerable.Range(0, tally.Held.Length).Where(k => tally.Held[k]).GroupBy(k => Lines[k % Lines.Length]).ToDictionary(g => g.Key, g => g.Count());

    /// <summary>A bench store with one product, the viewers' accounts and sessions, and a room that is live.</summary>
    private static async Task<(Guid Room, string[] Tokens)> ArrangeAsync(string connection, int viewers)
    {
        await using var services = new ServiceCollection().AddDbContext<PlazaDb>(o => o.UseNpgsql(connection)).BuildServiceProvider();
        var roomId = Guid.Empty;
        var shop = await BuyerRace.ArrangeAsync(services, viewers, "Baked this morning", 400, 50, (shop, now) =>
        {
            var host = Account.Register("host@bench.plaza.test", null, "Bench baker", now);
            var room = LiveRoom.Schedule(shop.Store, host.Id, "Friday bake-off", now, now);
            room.GoLive(now);
            roomId = room.Id;
            return [host, room, LiveRoomProduct.For(room.Id, shop.Sku, 0)];
        });
        return (roomId, shop.Tokens);
    }

    /// <summary>Viewer i on node i mod 2, at most 50 connecting at once; each joins the room.</summary>
    private static async Task<ChatViewer[]> ConnectAsync(LiveChatNodes nodes, string[] tokens, Guid roomId, Tally tally)
    {
        var viewers = new ChatViewer[tokens.Length];
        using var gate = new SemaphoreSlim(50);
        try
        {
            await Task.WhenAll(Enumerable.Range(0, tokens.Length).Select(async i =>
            {
                await gate.WaitAsync();
                try
                {
                    viewers[i] = await ChatViewer.ConnectAsync(i, nodes.Nodes[i % 2].Hub, tokens[i], tally.OnMessage, CancellationToken.None);
                    var (_, joined) = await viewers[i].Invoke("Join", roomId.ToString());
                    var answer = await joined.WaitAsync(TimeSpan.FromSeconds(60));
                    if (!answer.HasResult) throw new InvalidOperationException($"viewer {i} could not join: {ChatViewer.Describe(answer)}");
                }
                finally
                {
                    gate.Release();
                }
            }));
        }
        catch
        {
            await Task.WhenAll(viewers.OfType<ChatViewer>().Select(v => v.DisposeAsync().AsTask()));
            throw;
        }
        return viewers;
    }

    /// <summary>Every viewer calls Beat every 10 s as the room page does, spread evenly; returns how many failed.</summary>
    private static async Task<int> BeatAsync(ChatViewer[] viewers, Guid roomId, CancellationToken stop)
    {
        var failed = 0;
        var room = roomId.ToString();
        var every = TimeSpan.FromSeconds(10) / viewers.Length;
        var calls = new List<Task>();
        try
        {
            for (var i = 0; !stop.IsCancellationRequested; i = (i + 1) % viewers.Length)
            {
                var viewer = viewers[i];
                calls.Add(Task.Run(async () =>
                {
                    if ((await Call(viewer, "Beat", room)).Answer is not { Error: null }) Interlocked.Increment(ref failed);
                }, CancellationToken.None));
                await Task.Delay(every, stop);
            }
        }
        catch (OperationCanceledException)
        {
            // the run is over
        }
        await Task.WhenAll(calls);
        return failed;
    }

    /// <summary>Message k goes from viewer k mod N at k / rate seconds (so consecutive messages alternate nodes), not waiting for answers.</summary>
    private static async Task<Sends> SendAsync(ChatViewer[] viewers, Guid roomId, int total, int rate, Tally tally, int firstMeasured, Action measuring)
    {
        var sends = new Sends(total, tally);
        var room = roomId.ToString();
        var start = Stopwatch.GetTimestamp();
        var interval = (double)Stopwatch.Frequency / rate;
        var pending = new Task[total];
        for (var k = 0; k < total; k++)
        {
            var due = start + (long)(k * interval);
            var wait = Stopwatch.GetElapsedTime(Stopwatch.GetTimestamp(), due);
            if (wait > TimeSpan.FromMilliseconds(1)) await Task.Delay(wait);
            if (k == firstMeasured) measuring();
            sends.Lag(Stopwatch.GetElapsedTime(due).TotalMilliseconds);
            var (number, viewer) = (k, viewers[k % viewers.Length]);
            pending[k] = Task.Run(async () =>
            {
                var (sentAt, answer) = await Call(viewer, "Send", room, $"{Lines[number % Lines.Length]} #{number}");
                sends.Sent(number, sentAt);
                sends.Answered(number, answer);
            });
        }
        await Task.WhenAll(pending);
        return sends;
    }

    /// <summary>How long a call's answer is awaited: long, so that an overloaded run is measured to its end rather than cut off.</summary>
    private static readonly TimeSpan AnswerWait = TimeSpan.FromMinutes(5);

    /// <summary>One invocation and its answer (null: none within <see cref="AnswerWait"/>); a failure to send is an answer with an error.</summary>
    private static async Task<(long SentAt, ChatViewer.Completion? Answer)> Call(ChatViewer viewer, string target, params string[] arguments)
    {
        var sentAt = Stopwatch.GetTimestamp();
        try
        {
            (sentAt, var done) = await viewer.Invoke(target, arguments);
            return (sentAt, await done.WaitAsync(AnswerWait));
        }
        catch (TimeoutException)
        {
            return (sentAt, null);
        }
        catch (Exception e) when (e is System.Net.WebSockets.WebSocketException or ObjectDisposedException)
        {
            return (sentAt, new ChatViewer.Completion(e.Message, false, false, null));
        }
    }

    /// <summary>What each viewer received: the arrival time of each message (NaN until it arrives), counted as it comes.</summary>
    private sealed class Tally(int viewers, int total)
    {
        private readonly float[][] _arrivedMs = Enumerable.Range(0, viewers).Select(_ => Enumerable.Repeat(float.NaN, total).ToArray()).ToArray();
        private long _received, _duplicates, _foreign;

        public bool[] Held { get; } = new bool[total];

        public long Duplicates => Interlocked.Read(ref _duplicates);

        public long Foreign => Interlocked.Read(ref _foreign);

        /// <summary>Called on each viewer's own receive loop, so a viewer's row is only written by one thread.</summary>
        public void OnMessage(int viewer, int number, bool held, long receivedAt)
        {
            if (number >= total)
            {
                Interlocked.Increment(ref _foreign);
                return;
            }
            if (held)
            {
                Held[number] = true; // shown to its author only: not a delivery
                return;
            }
            ref var slot = ref _arrivedMs[viewer][number];
            if (!float.IsNaN(slot))
            {
                Interlocked.Increment(ref _duplicates);
                return;
            }
            slot = (float)Clock.Ms(receivedAt);
            Interlocked.Increment(ref _received);
        }

        /// <summary>Waits until every viewer has every accepted message, or until nothing more came for <paramref name="quiet"/>.</summary>
        public async Task DrainAsync(int accepted, TimeSpan quiet)
        {
            var expected = (long)accepted * viewers;
            var last = Interlocked.Read(ref _received);
            var since = Stopwatch.StartNew();
            while (last < expected && since.Elapsed < quiet)
            {
                await Task.Delay(100);
                var now = Interlocked.Read(ref _received);
                if (now != last) since.Restart();
                last = now;
            }
        }

        public long ReceivedFor(IEnumerable<int> messages) => messages.Sum(k => (long)_arrivedMs.Count(row => !float.IsNaN(row[k])));

        /// <summary>Viewers that miss some of these messages, and how many each misses.</summary>
        public Dictionary<int, int> Missing(List<int> messages) => Enumerable.Range(0, viewers)
            .Select(v => (v, Count: messages.Count(k => float.IsNaN(_arrivedMs[v][k])))).Where(x => x.Count > 0).ToDictionary(x => x.v, x => x.Count);

        public long DeliveredOf(Func<int, bool> messages) =>
            Enumerable.Range(0, total).Where(messages).Sum(k => (long)_arrivedMs.Count(row => !float.IsNaN(row[k])));

        /// <summary>Every delivery's latency (ms, sorted) for the given messages.</summary>
        public float LastArrivalMs() => _arrivedMs.Max(row => row.Where(ms => !float.IsNaN(ms)).DefaultIfEmpty(0).Max());

        public float[] Latencies(List<int> messages, float[] sentMs)
        {
            var latencies = new List<float>(messages.Count * viewers);
            foreach (var k in messages)
                foreach (var row in _arrivedMs)
                    if (!float.IsNaN(row[k])) latencies.Add(row[k] - sentMs[k]);
            var sorted = latencies.ToArray();
            Array.Sort(sorted);
            return sorted;
        }
    }

    /// <summary>Each message's send time and answer.</summary>
    private sealed class Sends(int total, Tally tally)
    {
        private readonly float[] _answeredMs = new float[total];
        private readonly ChatViewer.Completion?[] _answers = new ChatViewer.Completion?[total];
        private double _maxLagMs;

        public float[] SentMs { get; } = new float[total];

        public double MaxLagMs => _maxLagMs;

        public void Lag(double ms) => _maxLagMs = Math.Max(_maxLagMs, ms);

        public void Sent(int k, long at) => SentMs[k] = (float)Clock.Ms(at);

        public void Answered(int k, ChatViewer.Completion? answer)
        {
            _answeredMs[k] = (float)Clock.Ms(Stopwatch.GetTimestamp());
            _answers[k] = answer;
        }

        public bool Accepted(int k) => _answers[k] is { Ok: true, Error: null } && !tally.Held[k];

        public int AcceptedCount => Enumerable.Range(0, total).Count(Accepted);

        /// <summary>Answered, and refused or held: none of its deliveries may arrive.</summary>
        public bool RefusedOrHeld(int k) => _answers[k] is not null && !Accepted(k);

        public int Unanswered => _answers.Count(a => a is null);

        /// <summary>Refusals and errors by code (sends without an answer are counted in <see cref="Unanswered"/>).</summary>
        public Dictionary<string, int> Refused() => _answers.OfType<ChatViewer.Completion>().Where(a => a is not { Ok: true, Error: null })
            .GroupBy(ChatViewer.Describe).ToDictionary(g => g.Key, g => g.Count());

        public float[] AckLatencies(int from)
        {
            var acks = Enumerable.Range(from, total - from).Where(k => _answers[k] is not null).Select(k => _answeredMs[k] - SentMs[k]).ToArray();
            Array.Sort(acks);
            return acks;
        }
    }

    /// <summary>The one clock of the run: Stopwatch ticks as milliseconds since the process started timing.</summary>
    private static class Clock
    {
        private static readonly long Origin = Stopwatch.GetTimestamp();

        public static double Ms(long timestamp) => (timestamp - Origin) * 1000.0 / Stopwatch.Frequency;
    }

    /// <summary>The nodes' resident memory: at marks, and the peak from the moment the viewers are connected.</summary>
    private sealed class MemoryWatch(ChildProcess[] nodes)
    {
        private readonly double[] _idle = nodes.Select(n => n.RssMiB()).ToArray();
        private readonly double[] _connected = new double[nodes.Length];
        private readonly double[] _peak = new double[nodes.Length];

        public void Mark(bool connected)
        {
            for (var i = 0; i < nodes.Length; i++)
            {
                var now = nodes[i].RssMiB();
                if (connected) _connected[i] = now;
                _peak[i] = Math.Max(_peak[i], now);
            }
        }

        public async Task SampleAsync(CancellationToken stop)
        {
            try
            {
                while (!stop.IsCancellationRequested)
                {
                    Mark(connected: false);
                    await Task.Delay(250, stop);
                }
            }
            catch (OperationCanceledException)
            {
                // the run is over
            }
        }

        public Memory[] Results() =>
            nodes.Select((n, i) => new Memory(n.Name, _idle[i], _connected[i], Math.Max(_peak[i], n.RssMiB()), n.RssMiB())).ToArray();
    }

    /// <summary>CPU time of each process and of the whole machine (/proc/stat) at one moment.</summary>
    private sealed record CpuSnapshot(long At, TimeSpan A, TimeSpan B, TimeSpan Redis, Dictionary<int, long> Postgres, TimeSpan Bench, long MachineBusy)
    {
        public static CpuSnapshot Take(LiveChatNodes nodes) => new(Stopwatch.GetTimestamp(), nodes.Nodes[0].Process.CpuTime(),
            nodes.Nodes[1].Process.CpuTime(), nodes.Redis!.CpuTime(), PostgresTicks(nodes.Database), Process.GetCurrentProcess().TotalProcessorTime,
            MachineBusyTicks());

        public Cpu CoresUntil(CpuSnapshot to)
        {
            var seconds = Stopwatch.GetElapsedTime(At, to.At).TotalSeconds;
            double Cores(TimeSpan used) => used.TotalSeconds / seconds;
            // A backend that started meanwhile counts from zero; one that ended meanwhile is missed (the pools keep theirs open).
            var postgres = to.Postgres.Sum(b => b.Value - Postgres.GetValueOrDefault(b.Key));
            return new Cpu(Cores(to.A - A), Cores(to.B - B), Cores(to.Redis - Redis), postgres / 100.0 / seconds, Cores(to.Bench - Bench),
                (to.MachineBusy - MachineBusy) / 100.0 / seconds);
        }

        /// <summary>Jiffies used so far by each PostgreSQL backend connected to the database (its process title names it).</summary>
        private static Dictionary<int, long> PostgresTicks(string database)
        {
            var ticks = new Dictionary<int, long>();
            foreach (var dir in Directory.EnumerateDirectories("/proc"))
            {
                if (!int.TryParse(Path.GetFileName(dir), CultureInfo.InvariantCulture, out var pid)) continue;
                try
                {
                    if (!File.ReadAllText(Path.Combine(dir, "cmdline")).Contains(database, StringComparison.Ordinal)) continue;
                    var stat = File.ReadAllText(Path.Combine(dir, "stat"));
                    var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
                    // utime and stime are fields 14 and 15 of /proc/PID/stat, the 12th and 13th after the command name.
                    ticks[pid] = long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
                }
                catch (IOException)
                {
                    // the process ended
                }
            }
            return ticks;
        }

        /// <summary>Jiffies (1/100 s) the machine's cores spent on anything but idle and I/O wait.</summary>
        private static long MachineBusyTicks()
        {
            var fields = File.ReadLines("/proc/stat").First().Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1)
                .Select(f => long.Parse(f, CultureInfo.InvariantCulture)).ToArray();
            return fields.Take(8).Sum() - fields[3] - fields[4];
        }

        public static string LoadAverage() => string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3));
    }
}
