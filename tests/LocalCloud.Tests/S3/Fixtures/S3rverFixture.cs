using System.Diagnostics;
using System.Text.RegularExpressions;

namespace Spot.LocalCloud.Tests.S3.Fixtures;

/// <summary>
/// s3rver from npm (pinned in tests/LocalCloud.Tests/S3/s3rver, installed by scripts/setup.sh), run with node on a
/// free loopback port and a temp directory. If node or the package is missing this fails the tests loudly: the
/// parity suite must never pass by silently not running.
/// </summary>
public sealed partial class S3rverFixture : S3ServerFixture
{
    private const string PackageFolder = "tests/LocalCloud.Tests/S3/s3rver";
    private const string EntryPoint = "node_modules/s3rver/bin/s3rver.js";
    private static readonly TimeSpan StartupLimit = TimeSpan.FromSeconds(30);

    private Process? _process;

    protected override async Task StartAsync()
    {
        var entry = LocateEntryPoint();
        var start = new ProcessStartInfo("node")
        {
            // s3rver signs ListObjectsV2 continuation tokens with DES, which OpenSSL 3 keeps in its legacy provider.
            ArgumentList = { "--openssl-legacy-provider", entry, "--directory", DataDirectory, "--address", "127.0.0.1", "--port", "0", "--silent" },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };

        Process process;
        try
        {
            process = Process.Start(start) ?? throw new InvalidOperationException("node did not start.");
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new InvalidOperationException("Cannot run 'node' for the s3rver parity tests; install node 18+ and run scripts/setup.sh.", e);
        }

        _process = process;
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(StartupLimit);
        try
        {
            // s3rver prints "S3rver listening on 127.0.0.1:PORT" once it accepts connections.
            while (await process.StandardOutput.ReadLineAsync(timeout.Token) is { } line)
            {
                if (ListeningLine().Match(line) is { Success: true } match)
                {
                    ServiceUrl = new Uri($"http://127.0.0.1:{match.Groups["port"].Value}/");
                    _ = process.StandardOutput.ReadToEndAsync(CancellationToken.None);
                    return;
                }
            }
        }
        catch (OperationCanceledException)
        {
            await StopAsync();
            throw new InvalidOperationException($"s3rver did not report readiness within {StartupLimit.TotalSeconds} s.");
        }

        await process.WaitForExitAsync();
        _process = null;
        throw new InvalidOperationException($"s3rver exited with code {process.ExitCode} before it was ready: {await stderr}");
    }

    protected override async Task StopAsync()
    {
        if (_process is null) return;
        if (!_process.HasExited) _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
        _process.Dispose();
        _process = null;
    }

    private static string LocateEntryPoint()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var package = Path.Combine(dir.FullName, PackageFolder);
            if (!Directory.Exists(package)) continue;
            var entry = Path.Combine(package, EntryPoint);
            return File.Exists(entry)
                ? entry
                : throw new InvalidOperationException($"s3rver is not installed in {package}: run scripts/setup.sh (it runs 'npm ci' there).");
        }

        throw new InvalidOperationException($"Cannot find {PackageFolder} above {AppContext.BaseDirectory}.");
    }

    [GeneratedRegex(@"S3rver listening on [^:]+:(?<port>\d+)")]
    private static partial Regex ListeningLine();
}
