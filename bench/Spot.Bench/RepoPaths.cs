namespace Spot.Bench;

/// <summary>Finds the repository root, so default data paths work from any working directory inside it.</summary>
public static class RepoPaths
{
    public static string? Root()
    {
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Spot.sln"))) return dir.FullName;
        return null;
    }

    /// <summary>The public spot traces beside the repository (../shared/data/skypilot-spot-traces), if present.</summary>
    public static string? SharedSpotTraces()
    {
        var root = Root();
        if (root is null) return null;
        var path = Path.GetFullPath(Path.Combine(root, "..", "shared", "data", "skypilot-spot-traces"));
        return Directory.Exists(path) ? path : null;
    }
}
