using System.Diagnostics;
using System.Globalization;
using System.Text.Json;

namespace Spot.Bench.Trainer.Throughput;

/// <summary>What the PyTorch side reported for one run.</summary>
public sealed record PyTorchResult(double StepsPerSecond, int Threads, string Version);

/// <summary>
/// The PyTorch side: bench/trainer/cnn_steps.py in a fresh interpreter per run, given the same data, thread count,
/// batch size, optimizer settings and step counts, and the TorchSharp model's parameter shapes to check its mirror.
/// </summary>
public sealed class PyTorchCnnRun(string python, string script)
{
    public const string ScriptPath = "bench/trainer/cnn_steps.py";

    /// <summary>Debian's python3-torch installs for the system interpreter, not for one earlier on PATH.</summary>
    public const string DefaultPython = "/usr/bin/python3";

    /// <summary>The script in the repository around the working directory or the benchmark's own folder.</summary>
    public static string? FindScript()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, ScriptPath);
                if (File.Exists(candidate)) return candidate;
            }
        }
        return null;
    }

    public async Task<PyTorchResult> RunAsync(IReadOnlyList<string> arguments, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(python) { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(script);
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        using var process = Process.Start(start)
            ?? throw new InvalidOperationException($"{python} did not start");
        var stdout = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var stderr = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        if (process.ExitCode != 0)
        {
            var error = (await stderr).Trim();
            var hint = error.Contains("No module named 'torch'", StringComparison.Ordinal)
                ? $"; {python} cannot import torch: install Debian's python3-torch (scripts/bench-trainer.sh does)" : "";
            throw new InvalidOperationException($"{python} {script} exited with {process.ExitCode}: {error}{hint}");
        }
        return Parse(await stdout);
    }

    private static PyTorchResult Parse(string stdout)
    {
        var line = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).LastOrDefault()
            ?? throw new InvalidDataException("cnn_steps.py printed nothing");
        using var json = JsonDocument.Parse(line);
        var root = json.RootElement;
        return new PyTorchResult(root.GetProperty("steps_per_second").GetDouble(), root.GetProperty("threads").GetInt32(),
            root.GetProperty("version").GetString() ?? "?");
    }

    public static string Invariant(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
