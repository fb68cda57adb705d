namespace Spot.Launcher.Daemon;

/// <summary>
/// Finds the trainer that LocalCloud instances run. The launcher never loads the trainer (or TorchSharp) itself;
/// it only needs the path of a built Spot.Trainer.dll: the configured one, or the newest build in the source tree
/// the `spot` binary was built from.
/// </summary>
public static class TrainerLocator
{
    public const string AssemblyFile = "Spot.Trainer.dll";
    private static readonly string[] Configurations = ["Release", "Debug"];

    public static string Locate(string? configuredPath, string startDirectory)
    {
        if (!string.IsNullOrWhiteSpace(configuredPath))
        {
            var path = Path.GetFullPath(configuredPath);
            if (Directory.Exists(path)) path = Path.Combine(path, AssemblyFile);
            return File.Exists(path)
                ? path
                : throw new FileNotFoundException($"Spot:Trainer:Path is '{configuredPath}', but {path} does not exist; build it with `dotnet build src/Trainer -c Release`");
        }

        for (var dir = new DirectoryInfo(startDirectory); dir is not null; dir = dir.Parent)
        {
            var builds = Configurations
                .Select(config => new FileInfo(Path.Combine(dir.FullName, "src", "Trainer", "bin", config, "net10.0", AssemblyFile)))
                .Where(file => file.Exists)
                .OrderByDescending(file => file.LastWriteTimeUtc)
                .ToList();
            if (builds.Count > 0) return builds[0].FullName;
        }
        throw new FileNotFoundException(
            $"no built trainer found above {startDirectory}; run `dotnet build src/Trainer -c Release` or set Spot:Trainer:Path");
    }
}
