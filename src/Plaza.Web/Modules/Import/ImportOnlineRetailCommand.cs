using System.Globalization;
using Plaza.Web.Platform.Cli;
using Plaza.Web.Platform.Errors;
using Spectre.Console;

namespace Plaza.Web.Modules.Import;

/// <summary>
/// <c>import online-retail FILE.csv.gz [--store STORE_ID]</c>: progress bars while it runs, a summary
/// table at the end. Without a terminal (CI, redirected output) Spectre prints plain lines instead.
/// </summary>
internal sealed class ImportOnlineRetailCommand(RetailImporter importer) : ICliCommand
{
    private const string Usage = "Usage: import online-retail FILE.csv.gz [--store STORE_ID]";

    public string Name => "import";

    public async Task<int> RunAsync(IServiceProvider services, string[] args, CancellationToken ct)
    {
        if (!TryParseArguments(args, out var path, out var storeId, out var problem))
        {
            Console.Error.WriteLine(problem);
            Console.Error.WriteLine(Usage);
            return 2;
        }
        if (ResolvePath(path) is not { } file)
        {
            Console.Error.WriteLine($"No such file: {path}");
            return 2;
        }

        if (Console.IsOutputRedirected)
        {
            // CI or a log file: no colours or cursor moves, progress as plain lines.
            AnsiConsole.Console = AnsiConsole.Create(new AnsiConsoleSettings
            {
                Ansi = AnsiSupport.No,
                ColorSystem = ColorSystemSupport.NoColors,
                Interactive = InteractionSupport.No,
                Out = new AnsiConsoleOutput(Console.Out),
            });
        }
        try
        {
            var summary = await AnsiConsole.Progress()
                .AutoClear(false)
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
                .StartAsync(ctx => importer.ImportAsync(file, storeId, new SpectreImportProgress(ctx), ct));
            AnsiConsole.Write(SummaryTable(summary));
            return 0;
        }
        catch (Exception e) when (e is DomainException or InvalidDataException)
        {
            Console.Error.WriteLine("Import failed: " + e.Message);
            return 1;
        }
    }

    /// <summary>Arguments after "import": the source name, the file, and --store ID (or --store=ID).</summary>
    internal static bool TryParseArguments(string[] args, out string path, out Guid? storeId, out string problem)
    {
        path = "";
        storeId = null;
        problem = "";
        var positional = new List<string>();
        for (var i = 0; i < args.Length; i++)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal))
            {
                positional.Add(args[i]);
                continue;
            }
            var (key, value) = args[i].IndexOf('=') is var eq and > 0
                ? (args[i][2..eq], args[i][(eq + 1)..])
                : (args[i][2..], i + 1 < args.Length ? args[++i] : "");
            if (!string.Equals(key, "store", StringComparison.OrdinalIgnoreCase)) continue; // host configuration (--environment ...)
            if (!Guid.TryParse(value, out var id))
            {
                problem = $"--store needs a store id (a GUID), not '{value}'.";
                return false;
            }
            storeId = id;
        }
        if (positional.Count != 2 || positional[0] != "online-retail")
        {
            problem = "Say what to import and from which file.";
            return false;
        }
        path = positional[1];
        return true;
    }

    /// <summary>
    /// A relative path is taken from the current directory, or else from the shell's ($PWD): `dotnet run`
    /// may start the app in the project folder rather than where the command was typed.
    /// </summary>
    private static string? ResolvePath(string path)
    {
        if (File.Exists(path)) return Path.GetFullPath(path);
        if (!Path.IsPathRooted(path) && Environment.GetEnvironmentVariable("PWD") is { Length: > 0 } shell && File.Exists(Path.Combine(shell, path)))
            return Path.GetFullPath(Path.Combine(shell, path));
        return null;
    }

    private static Table SummaryTable(ImportSummary s)
    {
        static string N(long n) => n.ToString("N0", CultureInfo.InvariantCulture);
        var table = new Table().Title($"Online Retail import into {Markup.Escape(s.StoreName)} ({s.StoreId})")
            .AddColumn("What").AddColumn(new TableColumn("Count").RightAligned());
        var seconds = Math.Max(s.Elapsed.TotalSeconds, 0.001);
        table.AddRow("Rows read", N(s.RowsRead));
        table.AddRow("Products created / existing", $"{N(s.ProductsCreated)} / {N(s.ProductsExisting)}");
        table.AddRow("Store offers created", N(s.OffersCreated));
        table.AddRow("Customers created / existing", $"{N(s.CustomersCreated)} / {N(s.CustomersExisting)}");
        table.AddRow("Orders created / existing", $"{N(s.OrdersCreated)} / {N(s.OrdersExisting)}");
        table.AddRow("Order lines created", N(s.OrderLinesCreated));
        table.AddRow("Cancellations applied / already applied", $"{N(s.CancellationsApplied)} / {N(s.CancellationsExisting)}");
        table.AddRow("Rows rejected", N(s.RowsRejected));
        foreach (var (reason, rows) in s.Rejected.Where(r => r.Value > 0).OrderByDescending(r => r.Value))
            table.AddRow("  " + Markup.Escape(reason.Describe()), N(rows));
        table.AddRow("Elapsed", $"{s.Elapsed.TotalSeconds.ToString("F1", CultureInfo.InvariantCulture)} s ({N((long)(s.RowsRead / seconds))} rows/s)");
        return table;
    }

    /// <summary>One bar per stage, moved at most once per 0.5% so thousands of reports cost nothing.</summary>
    private sealed class SpectreImportProgress(ProgressContext ctx) : IImportProgress
    {
        private readonly Dictionary<ImportStage, ProgressTask> _tasks = [];
        private readonly HashSet<ImportStage> _stopped = [];

        public void Report(ImportStage stage, long done, long total)
        {
            var max = Math.Max(total, 1);
            var value = total == 0 ? max : Math.Min(done, max);
            if (!_tasks.TryGetValue(stage, out var task))
                _tasks.Add(stage, task = ctx.AddTask(Label(stage), maxValue: max));
            if (task.MaxValue != max) task.MaxValue = max;
            if (value == max || value - task.Value >= max / 200.0) task.Value = value;
            if (value == max && _stopped.Add(stage)) task.StopTask(); // its clock stops at the stage's end
        }

        private static string Label(ImportStage stage) => stage switch
        {
            ImportStage.Reading => "Reading CSV",
            ImportStage.Products => "Products",
            ImportStage.Customers => "Customers",
            ImportStage.Orders => "Orders",
            ImportStage.Cancellations => "Cancellations",
            _ => stage.ToString(),
        };
    }
}
