using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Suite.EndToEnd.Tests;

/// <summary>
/// Every line the app host logs (its own and the resources' forwarded output), after the app host's filters: what a
/// person running <c>scripts/run.sh</c> would see in the terminal.
/// </summary>
public sealed class CapturedLog : ILoggerProvider
{
    private readonly ConcurrentQueue<CapturedLine> _lines = new();

    public IReadOnlyList<CapturedLine> Lines => [.. _lines];

    public ILogger CreateLogger(string categoryName) => new Logger(categoryName, _lines);

    public void Dispose()
    {
    }

    private sealed class Logger(string category, ConcurrentQueue<CapturedLine> lines) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            lines.Enqueue(new CapturedLine(category, logLevel, formatter(state, exception)));
    }
}

public sealed record CapturedLine(string Category, LogLevel Level, string Message);
