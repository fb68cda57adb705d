using System.Text;
using Spot.Launcher.Bootstrap;
using Spot.LocalCloud.Instances;

namespace Spot.Launcher.Drills;

/// <summary>What an instance's user-data and trainer wrote, read from the files its host captured them to.</summary>
internal static class InstanceConsole
{
    public static async Task<string> ReadAsync(string workingDirectory, CancellationToken cancellationToken)
    {
        var text = new StringBuilder();
        foreach (var file in new[] { InstanceProcess.StdoutFile, InstanceProcess.StderrFile, UserDataRenderer.LocalStdoutFile, UserDataRenderer.LocalStderrFile })
        {
            var path = Path.Combine(workingDirectory, file);
            if (File.Exists(path)) text.Append(await File.ReadAllTextAsync(path, cancellationToken));
        }
        return text.ToString();
    }
}
