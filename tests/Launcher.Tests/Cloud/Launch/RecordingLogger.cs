using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Spot.Launcher.Tests.Cloud.Launch;

/// <summary>Keeps every log entry (event id and rendered message) for tests to read back.</summary>
internal sealed class RecordingLogger<T> : ILogger<T>
{
    public ConcurrentQueue<(EventId Id, string Message)> Entries { get; } = new();

    public int Count(int eventId) => Entries.Count(e => e.Id.Id == eventId);

    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
        Entries.Enqueue((eventId, formatter(state, exception)));
}
