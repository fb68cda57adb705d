using System.Buffers;

namespace Spot.LocalCloud.S3.Storage;

/// <summary>Copies a known number of bytes in pooled blocks, optionally showing each block to a hasher on the way.</summary>
internal static class StreamCopy
{
    private const int BlockSize = 256 * 1024;

    /// <summary>Opens stored bytes for an async, front-to-back read; a concurrent replace may delete the file meanwhile.</summary>
    public static FileStream OpenRead(string path) =>
        new(path, FileMode.Open, FileAccess.Read, FileShare.Read | FileShare.Delete, 1, FileOptions.Asynchronous | FileOptions.SequentialScan);

    /// <summary>Creates a new file for an async write; fails if it exists, as temp names are fresh.</summary>
    public static FileStream CreateNew(string path) =>
        new(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1, FileOptions.Asynchronous);

    public static async Task CopyAsync(Stream source, Stream target, long count, Action<ReadOnlySpan<byte>>? observe, CancellationToken cancellationToken)
    {
        var block = ArrayPool<byte>.Shared.Rent(BlockSize);
        try
        {
            while (count > 0)
            {
                var read = await source.ReadAsync(block.AsMemory(0, (int)Math.Min(BlockSize, count)), cancellationToken);
                if (read == 0) throw new EndOfStreamException($"The stored data ended {count} bytes early.");
                observe?.Invoke(block.AsSpan(0, read));
                await target.WriteAsync(block.AsMemory(0, read), cancellationToken);
                count -= read;
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(block);
        }
    }
}
