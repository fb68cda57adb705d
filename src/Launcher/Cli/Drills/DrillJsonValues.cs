using System.Text.Json;

namespace Spot.Launcher.Cli.Drills;

/// <summary>Writes optional values as JSON null rather than leaving the key out, so every run has the same keys.</summary>
internal static class DrillJsonValues
{
    public static void WriteNumberOrNull(this Utf8JsonWriter json, string name, long? value) => OrNull(json, name, value, json.WriteNumber);

    public static void WriteNumberOrNull(this Utf8JsonWriter json, string name, double? value) => OrNull(json, name, value, json.WriteNumber);

    public static void WriteNumberOrNull(this Utf8JsonWriter json, string name, decimal? value) => OrNull(json, name, value, json.WriteNumber);

    public static void WriteBooleanOrNull(this Utf8JsonWriter json, string name, bool? value) => OrNull(json, name, value, json.WriteBoolean);

    public static void WriteStrings(this Utf8JsonWriter json, string name, IEnumerable<string> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values) json.WriteStringValue(value);
        json.WriteEndArray();
    }

    private static void OrNull<T>(Utf8JsonWriter json, string name, T? value, Action<string, T> write)
        where T : struct
    {
        if (value is { } v) write(name, v);
        else json.WriteNull(name);
    }
}
