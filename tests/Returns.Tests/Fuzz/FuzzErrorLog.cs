using Microsoft.Extensions.Logging;

namespace Returns.Tests.Fuzz;

/// <summary>Hands every error the fuzz host logs (with its exception) to a callback; everything else is dropped.</summary>
public sealed class FuzzErrorLog(Action<string, Exception?> onError) : ILoggerProvider, ILogger
{
    public ILogger CreateLogger(string categoryName) => this;

    public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Error;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        if (IsEnabled(logLevel))
            onError(formatter(state, exception), exception);
    }

    public void Dispose()
    {
    }
}
