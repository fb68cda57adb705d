namespace Spot.Trainer.Telemetry;

/// <summary>
/// Where the trainer's status heartbeat and training curves go: beside the job's checkpoints, under the same root.
/// Each put replaces the whole object, so a reader never sees half of one.
/// </summary>
public interface ITelemetrySink
{
    /// <summary>The root, for log lines (<c>s3://bucket/prefix/</c> or a directory).</summary>
    string Location { get; }

    /// <param name="name">A path relative to the root, with '/' between folders, e.g. <c>status.json</c>.</param>
    Task PutAsync(string name, ReadOnlyMemory<byte> content, CancellationToken cancellationToken);
}

/// <summary>The rule both sinks apply to names, so a name cannot climb out of the root.</summary>
public static class TelemetryNames
{
    public static void Validate(string name)
    {
        if (string.IsNullOrWhiteSpace(name) || name.StartsWith('/') || name.Contains('\\', StringComparison.Ordinal)
            || name.Split('/').Any(segment => segment is "" or "." or ".."))
            throw new ArgumentException(
                $"'{name}' is not a valid telemetry object name (relative, '/'-separated, no empty, '.' or '..' segments, no backslashes)", nameof(name));
    }
}
