using System.Globalization;
using Plaza.Bench;

// dotnet run -c Release --project bench/Plaza.Bench -- photos [--runs 20]
// dotnet run -c Release --project bench/Plaza.Bench -- support-intents [--errors]
// dotnet run -c Release --project bench/Plaza.Bench -- checkout|flash-sale [--quantity 100 (flash-sale)]
//     [--db sqlite|postgres|both] [--buyers 1000] [--stock 100] [--concurrency 100] [--pool 100 (PostgreSQL connections)]
// dotnet run -c Release --project bench/Plaza.Bench -- live-chat --pg CONNSTRING (options: LiveChatReport.Usage)
var options = args.Select((a, i) => (a, i)).Where(x => x.a.StartsWith("--", StringComparison.Ordinal))
    .ToDictionary(x => x.a[2..], x => x.i + 1 < args.Length ? args[x.i + 1] : "");
int Int(string name, int fallback) => options.TryGetValue(name, out var v) && int.TryParse(v, out var n) ? n : fallback;

if (args.FirstOrDefault() == "photos")
{
    PhotoCleaning.Run(Int("runs", 20));
    return 0;
}
if (args.FirstOrDefault() == "support-intents")
{
    SupportIntentBench.Run(args.Contains("--errors"));
    return 0;
}
if (args.FirstOrDefault() == "live-chat") return await LiveChatReport.RunAsync(options, Int);
if (args.FirstOrDefault() is not ("checkout" or "flash-sale"))
{
    Console.Error.WriteLine("usage: photos [--runs N]");
    Console.Error.WriteLine("       support-intents [--errors]");
    Console.Error.WriteLine("       " + LiveChatReport.Usage);
    Console.Error.WriteLine("       checkout|flash-sale [--db sqlite|postgres|both] [--buyers N] [--stock N | --quantity N] [--concurrency N] [--pool N]");
    return 2;
}
var db = options.GetValueOrDefault("db", "sqlite");
var providers = db == "both" ? new[] { false, true } : [db == "postgres"];
var exact = true;
string F(double v) => v.ToString("0.0", CultureInfo.InvariantCulture);
if (args[0] == "flash-sale")
{
    Console.WriteLine("| database | buyers | flash quantity | in flight | DB pool | sold | 409 | 400 | errors | all at flash price | exact | elapsed | " +
        "orders/s | p50 ms | p95 ms | p99 ms | max ms |");
    Console.WriteLine("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|");
    foreach (var postgres in providers)
    {
        var r = await FlashSaleRace.RunAsync(postgres, Int("buyers", 1000), Int("quantity", 100), Int("concurrency", 100), Int("pool", 100));
        exact &= r.Exact;
        Console.WriteLine($"| {r.Provider} | {r.Buyers} | {r.Quantity} | {r.Concurrency} | " +
            $"{(postgres ? Int("pool", 100).ToString(CultureInfo.InvariantCulture) : "–")} | {r.Sold} | {r.Conflict} | {r.Refused} | {r.Errors} | " +
            $"{(r.LinesOtherPrice == 0 && r.LinesAtFlashPrice == r.Sold ? "yes" : "NO")} | {(r.Exact ? "yes" : "NO")} | " +
            $"{F(r.Elapsed.TotalSeconds)} s | {F(r.Throughput)} | {F(r.Percentile(50))} | {F(r.Percentile(95))} | {F(r.Percentile(99))} | " +
            $"{F(r.LatenciesMs[^1])} |");
        if (r.Errors > 0) Console.Error.WriteLine($"{r.Provider}: unexpected answers by status: {r.ErrorStatuses}");
    }
    return exact ? 0 : 1;
}
Console.WriteLine(
    "| database | buyers | stock | in flight | sold | sold out (409) | errors | exact | elapsed | orders/s | p50 ms | p95 ms | p99 ms | max ms |");
Console.WriteLine("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|");
foreach (var postgres in providers)
{
    var r = await CheckoutRace.RunAsync(postgres, Int("buyers", 1000), Int("stock", 100), Int("concurrency", 100), Int("pool", 100));
    exact &= r.Exact;
    Console.WriteLine($"| {r.Provider} | {r.Buyers} | {r.Stock} | {r.Concurrency} | {r.Sold} | {r.SoldOut} | {r.Errors} | {(r.Exact ? "yes" : "NO")} | " +
        $"{F(r.Elapsed.TotalSeconds)} s | {F(r.Throughput)} | {F(r.Percentile(50))} | {F(r.Percentile(95))} | {F(r.Percentile(99))} | " +
        $"{F(r.LatenciesMs[^1])} |");
}
return exact ? 0 : 1;
