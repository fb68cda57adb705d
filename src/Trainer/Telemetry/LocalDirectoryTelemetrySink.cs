namespace Spot.Trainer.Telemetry;

/// <summary>
/// Telemetry in a local directory. Each file is written to a temporary name beside it and renamed over the old one,
/// which POSIX makes atomic: a reader sees the previous status or the new one, never a partial write.
/// </summary>
public sealed class LocalDirectoryTelemetrySink : ITelemetrySink
{
    private readonly string _root;

    public LocalDirectoryTelemetrySink(string root)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(root);
        _root = Path.GetFullPath(root);
    }

    public string Location => _root;

    public async Task PutAsync(string name, ReadOnlyMemory<byte> content, CancellationToken cancellationToken)
    {
        TelemetryNames.Validate(name);
        var path = Path.Combine(_root, name.Replace('/', Path.DirectorySeparatorChar));
        var directory = Path.GetDirectoryName(path)!;
        Directory.CreateDirectory(directory);
        var temporary = Path.Combine(directory, $".{Path.GetFileName(path)}.{Guid.NewGuid():N}.tmp");
        try
        {
            await File.WriteAllBytesAsync(temporary, content, cancellationToken);
            File.Move(temporary, path, overwrite: true);
        }
        finally
        {
            File.Delete(temporary); // a no-op once the rename happened
        }
    }
}
