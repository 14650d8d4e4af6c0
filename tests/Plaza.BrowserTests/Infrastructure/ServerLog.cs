using Microsoft.Extensions.Logging;

namespace Plaza.BrowserTests.Infrastructure;

/// <summary>
/// The app's warnings and errors, kept in memory so a failing test can show what the server said
/// (the test runner does not show the in-process app's console). Keeps the latest 1,000.
/// </summary>
public sealed class ServerLog : ILoggerProvider
{
    private const int Capacity = 1000;
    private readonly Queue<(long Number, string Text)> _entries = new();
    private long _count;

    /// <summary>A bookmark: pass it to <see cref="Since"/> to get what was logged after it.</summary>
    public long Mark()
    {
        lock (_entries) return _count;
    }

    public IReadOnlyList<string> Since(long mark)
    {
        lock (_entries) return _entries.Where(e => e.Number > mark).Select(e => e.Text).ToList();
    }

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void Dispose() { }

    private void Add(string text)
    {
        lock (_entries)
        {
            _entries.Enqueue((++_count, text));
            if (_entries.Count > Capacity) _entries.Dequeue();
        }
    }

    private sealed class Logger(ServerLog log, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Warning;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (!IsEnabled(logLevel)) return;
            log.Add($"{DateTime.UtcNow:HH:mm:ss.fff} {logLevel} {category}: {formatter(state, exception)}{(exception is null ? "" : "\n" + exception)}");
        }
    }
}
