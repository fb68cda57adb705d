using System.Text.Json;
using Spot.Contracts.Checkpoints;

namespace Spot.Trainer.Checkpoints;

/// <summary>The manifest's bytes on the wire; the property names come from the contract's attributes.</summary>
public static class ManifestJson
{
    private static readonly JsonSerializerOptions Options = new() { WriteIndented = true };

    public static byte[] Serialize(CheckpointManifest manifest) => JsonSerializer.SerializeToUtf8Bytes(manifest, Options);

    /// <summary>The manifest, or null with a reason when the bytes are not a usable manifest.</summary>
    public static CheckpointManifest? TryDeserialize(byte[] json, out string? problem)
    {
        try
        {
            var manifest = JsonSerializer.Deserialize<CheckpointManifest>(json, Options);
            problem = manifest?.Parts is null ? "the manifest is empty or lists no parts" : null;
            return problem is null ? manifest : null;
        }
        catch (JsonException e)
        {
            problem = $"the manifest is not valid JSON ({e.Message})";
            return null;
        }
    }
}
