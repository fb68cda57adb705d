using Spot.Contracts.Checkpoints;

namespace Spot.Trainer.Checkpoints;

/// <summary>
/// Checkpoints in a local directory: <c>checkpoints/&lt;id&gt;/&lt;part&gt;</c>, <c>checkpoints/&lt;id&gt;/manifest.json</c>
/// and a <c>latest</c> file. Every file is written beside its target, flushed to disk, then renamed over it, so a
/// reader sees the old bytes or the new ones, never a half-written file.
/// </summary>
public sealed class LocalDirectoryCheckpointStore : ICheckpointStore
{
    private const string TempSuffix = ".tmp";
    private readonly string _root;

    public LocalDirectoryCheckpointStore(string root)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(root);
        _root = Path.GetFullPath(root);
        Directory.CreateDirectory(CheckpointsDirectory);
    }

    public string Location => _root;

    private string CheckpointsDirectory => Path.Combine(_root, CheckpointLayout.CheckpointsFolder);

    public Task PutPartAsync(string checkpointId, string partName, ReadOnlyMemory<byte> content, CancellationToken cancellationToken) =>
        WriteAtomicallyAsync(PathOf(checkpointId, partName), content, cancellationToken);

    public Task<byte[]?> ReadPartAsync(string checkpointId, string partName, CancellationToken cancellationToken) =>
        ReadIfExistsAsync(PathOf(checkpointId, partName), cancellationToken);

    public Task PutManifestAsync(string checkpointId, ReadOnlyMemory<byte> manifestJson, CancellationToken cancellationToken) =>
        WriteAtomicallyAsync(PathOf(checkpointId, CheckpointLayout.ManifestName), manifestJson, cancellationToken);

    public Task<byte[]?> ReadManifestAsync(string checkpointId, CancellationToken cancellationToken) =>
        ReadIfExistsAsync(PathOf(checkpointId, CheckpointLayout.ManifestName), cancellationToken);

    public Task SetLatestAsync(string checkpointId, CancellationToken cancellationToken)
    {
        ValidateName(checkpointId, nameof(checkpointId));
        return WriteAtomicallyAsync(Path.Combine(_root, CheckpointLayout.LatestPointerName),
            System.Text.Encoding.UTF8.GetBytes(checkpointId), cancellationToken);
    }

    public async Task<string?> GetLatestAsync(CancellationToken cancellationToken)
    {
        var bytes = await ReadIfExistsAsync(Path.Combine(_root, CheckpointLayout.LatestPointerName), cancellationToken);
        return bytes is null ? null : System.Text.Encoding.UTF8.GetString(bytes).Trim();
    }

    public Task<IReadOnlyList<string>> ListAsync(CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        IReadOnlyList<string> ids = Directory.EnumerateDirectories(CheckpointsDirectory)
            .Where(dir => Directory.EnumerateFiles(dir).Any(file => !file.EndsWith(TempSuffix, StringComparison.Ordinal)))
            .Select(dir => Path.GetFileName(dir))
            .Order(StringComparer.Ordinal)
            .ToList();
        return Task.FromResult(ids);
    }

    public Task DeleteAsync(string checkpointId, CancellationToken cancellationToken)
    {
        ValidateName(checkpointId, nameof(checkpointId));
        cancellationToken.ThrowIfCancellationRequested();
        var dir = Path.Combine(CheckpointsDirectory, checkpointId);
        if (Directory.Exists(dir)) Directory.Delete(dir, recursive: true);
        return Task.CompletedTask;
    }

    private string PathOf(string checkpointId, string name)
    {
        ValidateName(checkpointId, nameof(checkpointId));
        ValidateName(name, nameof(name));
        return Path.Combine(CheckpointsDirectory, checkpointId, name);
    }

    // Ids and part names become path segments; refuse anything that could climb out of the root.
    private static void ValidateName(string name, string argument)
    {
        if (string.IsNullOrWhiteSpace(name) || name is "." or ".." || name.IndexOfAny(['/', '\\', '\0']) >= 0 ||
            name.EndsWith(TempSuffix, StringComparison.Ordinal))
            throw new ArgumentException($"'{name}' is not a valid checkpoint or part name", argument);
    }

    private static async Task WriteAtomicallyAsync(string path, ReadOnlyMemory<byte> content, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temp = path + "." + Guid.NewGuid().ToString("N") + TempSuffix;
        try
        {
            await using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16, useAsync: true))
            {
                await stream.WriteAsync(content, cancellationToken);
                stream.Flush(flushToDisk: true);
            }
            File.Move(temp, path, overwrite: true);
        }
        catch
        {
            File.Delete(temp);
            throw;
        }
    }

    private static async Task<byte[]?> ReadIfExistsAsync(string path, CancellationToken cancellationToken)
    {
        try
        {
            return await File.ReadAllBytesAsync(path, cancellationToken);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            return null;
        }
    }
}
