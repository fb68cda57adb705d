using System.Globalization;
using System.Text.Json;

namespace Spot.Trainer.Interruption;

/// <summary>The strict reads that the notice documents share: a JSON object, a string property, an ISO-8601 UTC time.</summary>
internal static class ImdsJson
{
    public static JsonElement Object(string json, string path)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            if (document.RootElement.ValueKind != JsonValueKind.Object)
                throw new ImdsDocumentException($"{path}: expected a JSON object, got {document.RootElement.ValueKind}: {Excerpt(json)}");
            return document.RootElement.Clone();
        }
        catch (JsonException e)
        {
            throw new ImdsDocumentException($"{path}: not valid JSON ({e.Message}): {Excerpt(json)}");
        }
    }

    public static string String(JsonElement root, string property, string path)
    {
        if (!root.TryGetProperty(property, out var value) || value.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(value.GetString()))
            throw new ImdsDocumentException($"{path}: the \"{property}\" property must be a non-empty string");
        return value.GetString()!;
    }

    public static DateTimeOffset Time(JsonElement root, string property, string path)
    {
        var text = String(root, property, path);
        if (!DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var time))
            throw new ImdsDocumentException($"{path}: \"{property}\" is '{text}', not an ISO-8601 time such as 2026-03-02T12:02:10Z");
        return time;
    }

    private static string Excerpt(string json) => json.Length <= 120 ? json : json[..120] + "…";
}
