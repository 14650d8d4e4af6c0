using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Plaza.IntegrationTests.Infrastructure;

/// <summary>One log entry the app wrote: category, level, event and message (with the exception's type, if any).</summary>
public sealed record LogEntry(string Category, LogLevel Level, EventId EventId, string Message, Type? ExceptionType);

/// <summary>
/// Keeps what the app logs, so a test can say what it logged during a request. Its levels come from configuration
/// like any provider's: <c>Logging:CapturedLogs:LogLevel:…</c> overrides the test defaults for it alone.
/// </summary>
[ProviderAlias("CapturedLogs")]
public sealed class CapturedLogs : ILoggerProvider
{
    private readonly ConcurrentQueue<LogEntry> _entries = new();

    public IReadOnlyList<LogEntry> Entries => [.. _entries];

    /// <summary>Forgets what was logged so far (the set-up of a test), so the test sees only its own part.</summary>
    public void Clear() => _entries.Clear();

    public ILogger CreateLogger(string categoryName) => new Logger(categoryName, _entries);

    public void Dispose() { }

    private sealed class Logger(string category, ConcurrentQueue<LogEntry> entries) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            entries.Enqueue(new LogEntry(category, logLevel, eventId, formatter(state, exception), exception?.GetType()));
    }
}
