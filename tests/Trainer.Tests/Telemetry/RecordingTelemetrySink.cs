using System.Collections.Concurrent;
using System.Threading.Channels;
using Spot.Trainer.Telemetry;

namespace Spot.Trainer.Tests.Telemetry;

/// <summary>Keeps every put; can be told to fail the next few. Tests await puts as they happen.</summary>
public sealed class RecordingTelemetrySink : ITelemetrySink
{
    private readonly Channel<(string Name, byte[] Content)> _arrivals = Channel.CreateUnbounded<(string, byte[])>();
    private readonly ConcurrentQueue<(string Name, byte[] Content)> _puts = new();
    private int _failuresLeft;

    public string Location => "recording://sink/";

    public IReadOnlyList<(string Name, byte[] Content)> Puts => _puts.ToList();

    public void FailNext(int count) => Interlocked.Exchange(ref _failuresLeft, count);

    public Task PutAsync(string name, ReadOnlyMemory<byte> content, CancellationToken cancellationToken)
    {
        if (Interlocked.Decrement(ref _failuresLeft) >= 0)
            throw new IOException("bucket unreachable");
        var put = (name, content.ToArray());
        _puts.Enqueue(put);
        _arrivals.Writer.TryWrite(put);
        return Task.CompletedTask;
    }

    /// <summary>The next successful put (waits for it; the guard only stops a broken test from hanging).</summary>
    public async Task<(string Name, byte[] Content)> NextAsync()
    {
        using var guard = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        return await _arrivals.Reader.ReadAsync(guard.Token);
    }
}
