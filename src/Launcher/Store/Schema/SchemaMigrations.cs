namespace Spot.Launcher.Store.Schema;

/// <summary>The migrations this build knows, in order. Append new ones at the end; never edit or remove one.</summary>
public static class SchemaMigrations
{
    public static IReadOnlyList<Migration> All { get; } = [Migration0001InitialSchema.Migration];

    /// <summary>The newest schema version this build can read and write.</summary>
    public static int Latest => All[^1].Version;
}
