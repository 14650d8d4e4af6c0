using System.Globalization;

namespace Plaza.Bench;

/// <summary>The <c>live-chat</c> command: reads its options, runs <see cref="LiveChatLoad"/>, prints a table row and what stands behind it.</summary>
internal static class LiveChatReport
{
    public const string Usage = "live-chat [--pg CONNSTRING | PLAZA_BENCH_PG] [--viewers 1000] [--rate 200 (msg/s)] [--seconds 30] [--warmup 5] " +
        "[--pool 20 (PostgreSQL connections per node)] [--rate-cap N (Live:RateCapMessages per 10 s; the app's default otherwise)] " +
        "[--node-env KEY=VALUE,KEY=VALUE (more environment for both nodes)]";

    /// <returns>0 when every viewer received every message and every message was accepted; 1 otherwise.</returns>
    public static async Task<int> RunAsync(IReadOnlyDictionary<string, string> options, Func<string, int, int> number)
    {
        var pg = options.GetValueOrDefault("pg") ?? Environment.GetEnvironmentVariable("PLAZA_BENCH_PG");
        if (string.IsNullOrWhiteSpace(pg))
        {
            Console.Error.WriteLine("live-chat needs a PostgreSQL server: --pg \"Host=…;Port=…;Username=…;Password=…\" (or PLAZA_BENCH_PG)");
            return 2;
        }
        int? cap = options.ContainsKey("rate-cap") ? number("rate-cap", 5) : null;
        var settings = new LiveChatLoad.Settings(pg, number("viewers", 1000), number("rate", 200), Math.Max(1, number("seconds", 30)),
            number("warmup", 5), number("pool", 20), cap, NodeEnvironment(options.GetValueOrDefault("node-env")));
        var r = await LiveChatLoad.RunAsync(settings);

        string F(double v) => v.ToString("0.0", CultureInfo.InvariantCulture);
        string N(long v) => v.ToString("N0", CultureInfo.InvariantCulture);
        string P(float[] sorted, double p) => F(BuyerRace.Percentile(sorted, p));
        Console.WriteLine("| viewers | nodes | msg/s | seconds | sent | accepted | refused | held | deliveries expected | received | lost | " +
            "p50 ms | p95 ms | p99 ms | max ms | ack p99 ms | RSS A idle / connected / peak / after MiB | RSS B idle / connected / peak / after MiB | " +
            "CPU cores A / B / redis / PostgreSQL / bench / machine | load avg |");
        Console.WriteLine("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|");
        string Rss(LiveChatLoad.Memory m) => $"{m.Idle:0} / {m.Connected:0} / {m.Peak:0} / {m.After:0}";
        var c = r.Cpu;
        Console.WriteLine($"| {N(settings.Viewers)} | 2 | {settings.Rate} | {settings.Seconds} (+{settings.WarmUpSeconds} warm-up) | {N(r.Sent)} | " +
            $"{N(r.Accepted)} | {r.Refused.Values.Sum()} | {r.Held.Values.Sum()} | {N(r.Expected)} | {N(r.Received)} | **{N(r.Lost)}** | " +
            $"{P(r.LatenciesMs, 50)} | {P(r.LatenciesMs, 95)} | **{P(r.LatenciesMs, 99)}** | {P(r.LatenciesMs, 100)} | {P(r.AckMs, 99)} | " +
            $"{Rss(r.Nodes[0])} | {Rss(r.Nodes[1])} | " +
            $"{c.NodeA:0.00} / {c.NodeB:0.00} / {c.Redis:0.00} / {c.Postgres:0.00} / {c.Bench:0.00} / {c.Machine:0.00} | {r.Load} |");
        Console.WriteLine();
        if (settings.NodeEnvironment.Count > 0)
            Console.WriteLine($"- node environment: {string.Join(", ", settings.NodeEnvironment.Select(e => $"{e.Key}={e.Value}"))}");
        Console.WriteLine($"- latencies over {N(r.LatenciesMs.Length)} deliveries after the warm-up; ack p50 {P(r.AckMs, 50)} ms; " +
            $"the pacer was at most {F(r.MaxLagMs)} ms late");
        Console.WriteLine($"- the last delivery came {F(r.Span.TotalSeconds)} s after the first send: " +
            $"{F(r.Accepted / r.Span.TotalSeconds)} messages a second reached every viewer (offered: {settings.Rate})");
        if (r.Refused.Count > 0) Console.WriteLine($"- refused or failed sends: {string.Join(", ", r.Refused.Select(x => $"{x.Key} × {x.Value}"))}");
        if (r.Held.Count > 0)
            Console.WriteLine($"- held for a moderator (chat lines to replace): {string.Join(", ", r.Held.Select(x => $"\"{x.Key}\" × {x.Value}"))}");
        if (r.Duplicates > 0 || r.Unreadable > 0) Console.WriteLine($"- duplicates {r.Duplicates}, unreadable chat records {r.Unreadable}");
        if (r.Problems is not null) Console.WriteLine($"- problems: {r.Problems}");
        Console.WriteLine(r.Passed ? "- every viewer received every message" : "- FAILED: see lost, refused and problems above");
        return r.Passed ? 0 : 1;
    }

    private static Dictionary<string, string> NodeEnvironment(string? pairs) =>
        (pairs ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(p => p.Split('=', 2))
            .ToDictionary(p => p[0], p => p.Length > 1 ? p[1] : "");
}
