namespace Spot.Contracts.Checkpoints;

/// <summary>Names shared by every checkpoint store (local directory today, S3 prefix next).</summary>
public static class CheckpointLayout
{
    /// <summary>Bumped when a part's meaning changes; readers refuse versions they do not know.</summary>
    public const int FormatVersion = 1;

    public const string ManifestName = "manifest.json";

    /// <summary>The pointer object holding the id of the newest committed checkpoint.</summary>
    public const string LatestPointerName = "latest";

    /// <summary>Folder (or key prefix) under the store's root that holds one sub-folder per checkpoint.</summary>
    public const string CheckpointsFolder = "checkpoints";

    /// <summary>Checkpoint ids are this prefix plus the step, zero-padded so that names sort by step.</summary>
    public const string IdPrefix = "step-";

    public const string IdStepFormat = "D10";

    /// <summary>Folder (or key prefix) under the store's root that receives the TensorBoard event files, one per attempt.</summary>
    public const string TensorBoardFolder = "tensorboard";
}
