using System.Globalization;
using System.Text;
using Spot.LocalCloud.S3.Protocol;

namespace Spot.LocalCloud.S3.Payload;

/// <summary>
/// Decodes the <c>aws-chunked</c> body the v4 SDKs stream: <c>hex-size[;chunk-signature=..]\r\n data \r\n</c> chunks,
/// a zero-size chunk, then optional trailer lines (<c>x-amz-checksum-crc32:..</c>) and a blank line. Reading it yields
/// only the object's bytes; the trailers are available once the stream has ended.
/// Chunk signatures are not checked: LocalCloud has no accounts, so any well-formed signature is accepted.
/// </summary>
public sealed class AwsChunkedStream : Stream
{
    private const int MaxLineLength = 8 * 1024;

    private readonly Stream _inner;
    private readonly byte[] _buffer = new byte[64 * 1024];
    private readonly Dictionary<string, string> _trailers = new(StringComparer.OrdinalIgnoreCase);
    private int _start;
    private int _end;
    private long _chunkLeft;
    private State _state = State.ChunkHeader;

    public AwsChunkedStream(Stream inner) => _inner = inner;

    private enum State
    {
        ChunkHeader,
        ChunkData,
        ChunkEnd,
        Done,
    }

    /// <summary>Trailer headers by name; complete only after a read has returned 0.</summary>
    public IReadOnlyDictionary<string, string> Trailers => _trailers;

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override async ValueTask<int> ReadAsync(Memory<byte> destination, CancellationToken cancellationToken = default)
    {
        while (true)
        {
            switch (_state)
            {
                case State.Done:
                    return 0;
                case State.ChunkHeader:
                    await ReadChunkHeaderAsync(cancellationToken);
                    break;
                case State.ChunkEnd:
                    var crlf = await ReadLineAsync(cancellationToken);
                    if (crlf is null || crlf.Length != 0) throw Malformed("a chunk's data is not followed by CRLF");
                    _state = State.ChunkHeader;
                    break;
                case State.ChunkData:
                    if (_start == _end && !await FillAsync(cancellationToken)) throw Malformed("the body ended inside a chunk");
                    var n = (int)Math.Min(Math.Min(_end - _start, destination.Length), _chunkLeft);
                    _buffer.AsMemory(_start, n).CopyTo(destination);
                    _start += n;
                    _chunkLeft -= n;
                    if (_chunkLeft == 0) _state = State.ChunkEnd;
                    return n;
            }
        }
    }

    public override int Read(byte[] buffer, int offset, int count) =>
        throw new NotSupportedException("Read the aws-chunked body asynchronously.");

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    private static S3Exception Malformed(string why) =>
        S3Errors.InvalidRequest($"The aws-chunked request body is malformed: {why}.");

    private async Task ReadChunkHeaderAsync(CancellationToken cancellationToken)
    {
        var line = await ReadLineAsync(cancellationToken) ?? throw Malformed("the body ended before its final zero-size chunk");
        var semicolon = line.IndexOf(';', StringComparison.Ordinal);
        var sizeText = semicolon < 0 ? line : line[..semicolon];
        if (!long.TryParse(sizeText.Trim(), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var size) || size < 0)
            throw Malformed($"chunk size '{sizeText}' is not a hexadecimal number");

        if (size > 0)
        {
            _chunkLeft = size;
            _state = State.ChunkData;
            return;
        }

        await ReadTrailersAsync(cancellationToken);
        _state = State.Done;
    }

    private async Task ReadTrailersAsync(CancellationToken cancellationToken)
    {
        // Trailer lines run until a blank line; some clients end the body right after the last trailer.
        while (await ReadLineAsync(cancellationToken) is { Length: > 0 } line)
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0) throw Malformed($"trailer line '{line}' has no 'name:value' form");
            _trailers[line[..colon].Trim()] = line[(colon + 1)..].Trim();
        }
    }

    /// <summary>The next line without its CR LF, or null at the end of the body.</summary>
    private async Task<string?> ReadLineAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            var newline = Array.IndexOf(_buffer, (byte)'\n', _start, _end - _start);
            if (newline >= 0)
            {
                var length = newline - _start;
                if (length > 0 && _buffer[newline - 1] == '\r') length--;
                var line = Encoding.ASCII.GetString(_buffer, _start, length);
                _start = newline + 1;
                return line;
            }

            if (_end - _start > MaxLineLength) throw Malformed($"a chunk header or trailer is longer than {MaxLineLength} bytes");
            if (!await FillAsync(cancellationToken))
            {
                if (_start == _end) return null;
                var rest = Encoding.ASCII.GetString(_buffer, _start, _end - _start);
                _start = _end;
                return rest;
            }
        }
    }

    private async Task<bool> FillAsync(CancellationToken cancellationToken)
    {
        if (_start > 0)
        {
            Buffer.BlockCopy(_buffer, _start, _buffer, 0, _end - _start);
            _end -= _start;
            _start = 0;
        }

        var read = await _inner.ReadAsync(_buffer.AsMemory(_end), cancellationToken);
        _end += read;
        return read > 0;
    }
}
