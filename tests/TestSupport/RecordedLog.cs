using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Suite.TestSupport;

/// <summary>Every log line of a test host (information and above), with its level, category and exception: what a
/// service or the app host wrote, for tests that a normal run logs no error or that a failure is logged once.</summary>
public sealed class RecordedLog : ILoggerProvider
{
    public sealed record Line(LogLevel Level, string Category, string Message, Exception? Exception);

    public ConcurrentQueue<Line> Lines { get; } = new();

    public IEnumerable<Line> Errors => Lines.Where(l => l.Level >= LogLevel.Error);

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void Dispose()
    {
    }

    private sealed class Logger(RecordedLog log, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Information;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel))
            {
                log.Lines.Enqueue(new Line(logLevel, category, formatter(state, exception), exception));
            }
        }
    }
}
