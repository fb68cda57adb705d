using Microsoft.Extensions.Logging;
using Spot.Contracts.Checkpoints;

namespace Spot.Trainer.Telemetry;

/// <summary>
/// Copies the local TensorBoard directory to <c>tensorboard/…</c> under the job's root, sending only files that are
/// new or changed since their last successful upload. Event files only grow, so a changed length or write time is
/// enough to tell; each changed file goes up whole, replacing the previous copy.
/// </summary>
public sealed class TensorBoardUploader
{
    private readonly string _localDirectory;
    private readonly ITelemetrySink _sink;
    private readonly ILogger _logger;
    private readonly Dictionary<string, (long Length, DateTime WrittenUtc)> _uploaded = new(StringComparer.Ordinal);

    public TensorBoardUploader(string localDirectory, ITelemetrySink sink, ILogger logger)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(localDirectory);
        ArgumentNullException.ThrowIfNull(sink);
        _localDirectory = Path.GetFullPath(localDirectory);
        _sink = sink;
        _logger = logger;
    }

    /// <summary>
    /// Reads every new or changed file while holding <paramref name="fileGate"/> (the event writer appends under the
    /// same lock: .NET locks files on Unix, and a read during an append would fail one side), then uploads them.
    /// Not safe to call concurrently with itself; callers run uploads one at a time.
    /// </summary>
    /// <returns>How many files were uploaded.</returns>
    public async Task<int> UploadChangedAsync(object fileGate, CancellationToken cancellationToken)
    {
        List<(string Name, byte[] Content, (long, DateTime) Signature)> changed;
        lock (fileGate)
            changed = ReadChanged();

        foreach (var (name, content, signature) in changed)
        {
            await _sink.PutAsync(CheckpointLayout.TensorBoardFolder + "/" + name, content, cancellationToken);
            _uploaded[name] = signature;
        }
        if (changed.Count > 0)
            Log.TensorBoardUploaded(_logger, changed.Count, _sink.Location);
        return changed.Count;
    }

    private List<(string, byte[], (long, DateTime))> ReadChanged()
    {
        var changed = new List<(string, byte[], (long, DateTime))>();
        if (!Directory.Exists(_localDirectory))
            return changed;
        foreach (var path in Directory.EnumerateFiles(_localDirectory, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var info = new FileInfo(path);
            var signature = (info.Length, info.LastWriteTimeUtc);
            var name = Path.GetRelativePath(_localDirectory, path).Replace(Path.DirectorySeparatorChar, '/');
            if (_uploaded.TryGetValue(name, out var known) && known == signature)
                continue;
            changed.Add((name, File.ReadAllBytes(path), signature));
        }
        return changed;
    }
}
