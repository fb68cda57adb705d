using System.Buffers;
using System.Text;

namespace Spot.LocalCloud.Ec2;

/// <summary>
/// A write-only stream that keeps what is written in pooled 64 KiB chunks. A DescribeInstances page of 1,000
/// instances is over a megabyte of XML: kept in a StringBuilder and copied into strings, it cost several megabytes
/// of large-object garbage per call, and in-process clouds with many threads pay dearly for every collection.
/// </summary>
internal sealed class PooledBufferStream : Stream
{
    private const int ChunkSize = 64 * 1024;

    private readonly List<byte[]> _chunks = [];
    private int _usedInLast = ChunkSize;
    private long _length;

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => _length;

    public override long Position
    {
        get => _length;
        set => throw new NotSupportedException("The buffer is written front to back only.");
    }

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        ObjectDisposedException.ThrowIf(_chunks is null, this);
        while (!buffer.IsEmpty)
        {
            if (_usedInLast == ChunkSize)
            {
                _chunks.Add(ArrayPool<byte>.Shared.Rent(ChunkSize));
                _usedInLast = 0;
            }

            var take = Math.Min(buffer.Length, ChunkSize - _usedInLast);
            buffer[..take].CopyTo(_chunks[^1].AsSpan(_usedInLast));
            _usedInLast += take;
            _length += take;
            buffer = buffer[take..];
        }
    }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void WriteByte(byte value) => Write([value]);

    public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        Write(buffer.Span);
        return ValueTask.CompletedTask;
    }

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
    {
        Write(buffer.AsSpan(offset, count));
        return Task.CompletedTask;
    }

    /// <summary>Sends everything written so far to <paramref name="destination"/>, chunk by chunk.</summary>
    public async Task SendToAsync(Stream destination, CancellationToken cancellationToken)
    {
        for (var i = 0; i < _chunks.Count; i++)
        {
            var used = i == _chunks.Count - 1 ? _usedInLast : ChunkSize;
            await destination.WriteAsync(_chunks[i].AsMemory(0, used), cancellationToken);
        }
    }

    /// <summary>The bytes written so far read as UTF-8 text.</summary>
    public string ToUtf8String()
    {
        var text = new StringBuilder();
        var decoder = Encoding.UTF8.GetDecoder();
        var chars = new char[Encoding.UTF8.GetMaxCharCount(ChunkSize)];
        for (var i = 0; i < _chunks.Count; i++)
        {
            var used = i == _chunks.Count - 1 ? _usedInLast : ChunkSize;
            var count = decoder.GetChars(_chunks[i], 0, used, chars, 0, flush: i == _chunks.Count - 1);
            text.Append(chars, 0, count);
        }

        return text.ToString();
    }

    public override void Flush()
    {
        // Everything is in memory already.
    }

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException("The buffer is write-only.");

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException("The buffer is written front to back only.");

    public override void SetLength(long value) => throw new NotSupportedException("The buffer is written front to back only.");

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            foreach (var chunk in _chunks)
            {
                ArrayPool<byte>.Shared.Return(chunk);
            }

            _chunks.Clear();
            _usedInLast = ChunkSize;
            _length = 0;
        }

        base.Dispose(disposing);
    }
}
