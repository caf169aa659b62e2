using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace InnovationNetwork.Tests.Import;

/// <summary>
/// Records what the host logs, so a test can wait for the server to have finished a request whose client is gone
/// (the rollback happens after the client has stopped listening).
/// </summary>
public sealed class CapturedLogs : ILoggerProvider
{
    private readonly ConcurrentQueue<LogEntry> _entries = new();

    public IReadOnlyCollection<LogEntry> Entries => _entries;

    public ILogger CreateLogger(string categoryName) => new Logger(categoryName, _entries);

    public async Task<LogEntry> WaitForAsync(Func<LogEntry, bool> match, TimeSpan timeout)
    {
        using var cancel = new CancellationTokenSource(timeout);
        while (true)
        {
            if (_entries.FirstOrDefault(match) is { } entry)
            {
                return entry;
            }

            try
            {
                await Task.Delay(20, cancel.Token);
            }
            catch (OperationCanceledException e)
            {
                throw new TimeoutException($"no matching log entry in {timeout}; logged: {string.Join(" | ", _entries.Select(l => l.Message))}", e);
            }
        }
    }

    public void Dispose()
    {
    }

    private sealed class Logger(string category, ConcurrentQueue<LogEntry> entries) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Information;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel))
            {
                entries.Enqueue(new LogEntry(category, logLevel, eventId.Id, formatter(state, exception), exception));
            }
        }
    }
}

public sealed record LogEntry(string Category, LogLevel Level, int EventId, string Message, Exception? Exception);
