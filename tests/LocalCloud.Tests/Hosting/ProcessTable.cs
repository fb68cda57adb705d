namespace Spot.LocalCloud.Tests.Hosting;

/// <summary>Reads /proc: is a process still alive (present and not a zombie)?</summary>
internal static class ProcessTable
{
    public static bool IsAlive(int pid)
    {
        var stat = $"/proc/{pid}/stat";
        try
        {
            var text = File.ReadAllText(stat);
            var state = text[(text.LastIndexOf(')') + 2)..][0];
            return state is not ('Z' or 'X');
        }
        catch (IOException)
        {
            return false;
        }
    }

    /// <summary>Live processes whose working directory lies under <paramref name="directory"/>.</summary>
    public static List<int> RunningIn(string directory)
    {
        var found = new List<int>();
        foreach (var entry in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(entry), out var pid))
            {
                continue;
            }

            try
            {
                var cwd = new DirectoryInfo(Path.Combine(entry, "cwd")).LinkTarget;
                if (cwd is not null && cwd.StartsWith(directory, StringComparison.Ordinal) && IsAlive(pid))
                {
                    found.Add(pid);
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // The process ended while we looked, or is not ours to inspect.
            }
        }

        return found;
    }

    public static Task WaitUntilGoneAsync(int pid) => Until.TrueAsync(() => Task.FromResult(!IsAlive(pid)), $"process {pid} to be gone");
}
