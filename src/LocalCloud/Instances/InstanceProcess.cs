using System.Diagnostics;

namespace Spot.LocalCloud.Instances;

/// <summary>
/// An instance's user-data running as `bash` in a process group of its own (setsid), with stdout and stderr captured
/// to files in its working directory. Its stdin is a lifeline pipe: a watcher in the group waits for EOF on it and
/// then kills the group, so the processes die even when LocalCloud itself is killed without a chance to clean up.
/// </summary>
public sealed class InstanceProcess : IDisposable
{
    public const string StdoutFile = "stdout.log";
    public const string StderrFile = "stderr.log";
    public const string UserDataFile = "user-data";

    private const string Wrapper = """
        exec 3<&0 0</dev/null 1>>stdout.log 2>>stderr.log
        ( read -r -u 3 _; kill -KILL 0 ) &
        watcher=$!
        bash ./user-data 3<&-
        status=$?
        kill "$watcher" 2>/dev/null
        exit "$status"
        """;

    private readonly Process _process;

    private InstanceProcess(Process process)
    {
        _process = process;
        Exited = process.WaitForExitAsync();
    }

    /// <summary>Process id of the group leader; also the process group id.</summary>
    public int Id => _process.Id;

    /// <summary>Completes when the group leader has exited.</summary>
    public Task Exited { get; }

    public int ExitCode => _process.ExitCode;

    /// <summary>Starts <see cref="UserDataFile"/> in <paramref name="workingDirectory"/> with exactly the given AWS settings.</summary>
    public static InstanceProcess Start(string workingDirectory, IReadOnlyDictionary<string, string> environment)
    {
        var start = new ProcessStartInfo("setsid")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "bash", "-c", Wrapper, "localcloud-instance" })
        {
            start.ArgumentList.Add(argument);
        }

        // The host's own AWS settings (real credentials, profiles) must not leak into an instance.
        foreach (var key in start.Environment.Keys.Where(k => k.StartsWith("AWS_", StringComparison.Ordinal)).ToList())
        {
            start.Environment.Remove(key);
        }

        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("setsid did not start.");
        return new InstanceProcess(process);
    }

    /// <summary>SIGKILL to the whole process group; harmless when it is already gone.</summary>
    public void KillGroup()
    {
        if (!_process.HasExited)
        {
            // The leader first: until setsid has run in the child there is no group to signal, and a group kill alone
            // missed it. Once the leader is dead it forks nothing more, so the group kill then reaches every member.
            _ = NativeMethods.Kill(_process.Id, NativeMethods.SigKill);
            _ = NativeMethods.Kill(-_process.Id, NativeMethods.SigKill);
        }
    }

    /// <summary>What happens when LocalCloud dies: the lifeline closes. Tests use it to prove the group follows.</summary>
    internal void CloseLifeline() => _process.StandardInput.Close();

    public void Dispose()
    {
        KillGroup();
        _process.Dispose();
    }
}
