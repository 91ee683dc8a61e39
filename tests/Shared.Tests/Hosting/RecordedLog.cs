using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Suite.Shared.Tests.Hosting;

/// <summary>Every log line of a test host, with its level and exception.</summary>
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
