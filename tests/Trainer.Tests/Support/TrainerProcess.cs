using System.Diagnostics;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;
using Spot.Trainer.Hosting;

namespace Spot.Trainer.Tests.Support;

/// <summary>Runs Spot.Trainer as a separate process, as an instance would, and reads back its summary line.</summary>
public sealed class TrainerProcess : IDisposable
{
    // A guard against a hung child, not a timing assertion: a healthy small run ends in seconds.
    private static readonly TimeSpan Guard = TimeSpan.FromMinutes(3);
    private readonly Process _process;
    private readonly StringBuilder _stdout = new();
    private readonly StringBuilder _stderr = new();
    private readonly TaskCompletionSource _firstProgress = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private TrainerProcess(IReadOnlyDictionary<string, string> environment, IEnumerable<string> arguments)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Spot.Trainer.dll"));
        foreach (var argument in arguments) info.ArgumentList.Add(argument);
        foreach (var (name, value) in environment) info.Environment[name] = value;
        _process = new Process { StartInfo = info };
        _process.OutputDataReceived += (_, e) => { if (e.Data is not null) lock (_stdout) _stdout.AppendLine(e.Data); };
        _process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is null) return;
            lock (_stderr) _stderr.AppendLine(e.Data);
            if (e.Data.Contains(" steps/s", StringComparison.Ordinal)) _firstProgress.TrySetResult();
        };
        _process.Start();
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    public static TrainerProcess Start(IReadOnlyDictionary<string, string> environment, params string[] arguments) =>
        new(environment, arguments);

    public static async Task<TrainerProcess> RunAsync(IReadOnlyDictionary<string, string> environment, params string[] arguments)
    {
        var process = Start(environment, arguments);
        await process.WaitForExitAsync();
        return process;
    }

    public int ExitCode => _process.ExitCode;

    public string Stderr
    {
        get { lock (_stderr) return _stderr.ToString(); }
    }

    public TrainingSummary Summary
    {
        get
        {
            string output;
            lock (_stdout) output = _stdout.ToString().Trim();
            return JsonSerializer.Deserialize<TrainingSummary>(output)
                ?? throw new InvalidOperationException($"no summary on stdout; stderr was:\n{Stderr}");
        }
    }

    /// <summary>Completes when the trainer has logged its first progress line, i.e. it is inside the step loop.</summary>
    public Task FirstProgress => _firstProgress.Task.WaitAsync(Guard);

    public async Task WaitForExitAsync()
    {
        using var guard = new CancellationTokenSource(Guard);
        await _process.WaitForExitAsync(guard.Token);
    }

    public void SendSigterm()
    {
        if (NativeMethods.Kill(_process.Id, 15) != 0)
            throw new InvalidOperationException($"kill(SIGTERM) failed with errno {Marshal.GetLastPInvokeError()}");
    }

    public void Dispose()
    {
        if (!_process.HasExited) _process.Kill(entireProcessTree: true);
        _process.Dispose();
    }

    private static class NativeMethods
    {
        // .NET can only SIGKILL another process; SIGTERM needs libc's kill(2).
        [DllImport("libc", EntryPoint = "kill", SetLastError = true)]
        public static extern int Kill(int pid, int signal);
    }
}
