using System.Text.Json;

namespace Spot.Launcher.Cloud;

/// <summary>
/// Reads the body of LocalStack's <c>GET /_localstack/health</c>: a JSON object whose "services" object maps each
/// service name to its state ("available", "running", "disabled", "error", ...), with "version" and "edition" beside it.
/// </summary>
internal static class LocalStackProbeHealth
{
    /// <summary>The services Spot calls: EC2 for instances and prices, S3 for checkpoints and status.</summary>
    public static IReadOnlyList<string> RequiredServices { get; } = ["ec2", "s3"];

    // "available" means loaded on first use; "running" means already started. Anything else cannot serve a call now.
    private static readonly HashSet<string> UsableStates = new(StringComparer.OrdinalIgnoreCase) { "available", "running" };

    /// <summary>The services and version in <paramref name="body"/>, or null with what was wrong when it is not the health document.</summary>
    public static (IReadOnlyDictionary<string, string>? Services, string? Version, string? Problem) Parse(string body)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body);
        }
        catch (JsonException)
        {
            return (null, null, $"the body is not JSON (starts with '{Excerpt(body)}')");
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("services", out var services) || services.ValueKind != JsonValueKind.Object)
                return (null, null, "the JSON has no \"services\" object, so it is not LocalStack's health document");

            var states = new SortedDictionary<string, string>(StringComparer.Ordinal);
            foreach (var service in services.EnumerateObject())
                states[service.Name] = service.Value.ValueKind == JsonValueKind.String ? service.Value.GetString()! : service.Value.ToString();
            var version = root.TryGetProperty("version", out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
            return (states, version, null);
        }
    }

    /// <summary>Each required service that cannot serve a call, with its state; empty when all can.</summary>
    public static IReadOnlyList<string> Unusable(IReadOnlyDictionary<string, string> services) =>
        [.. RequiredServices
            .Where(name => !services.TryGetValue(name, out var state) || !UsableStates.Contains(state))
            .Select(name => services.TryGetValue(name, out var state) ? $"{name} is '{state}'" : $"{name} is not listed")];

    private static string Excerpt(string body)
    {
        var line = body.ReplaceLineEndings(" ").Trim();
        return line.Length <= 40 ? line : line[..40] + "…";
    }
}
