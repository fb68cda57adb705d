using System.Text;
using Spot.Contracts;
using Spot.Contracts.Bootstrap;

namespace Spot.Launcher.Bootstrap;

/// <summary>
/// Renders an attempt's user-data: a bash script that exports the trainer's SPOT_* environment, gets the trainer
/// and runs it, and ends the instance when the trainer exits so billing stops. The output is deterministic (variables
/// sorted by name), because a retried launch must send the same user-data under the same ClientToken.
/// </summary>
public static class UserDataRenderer
{
    /// <summary>Where the trainer's output goes on LocalCloud, relative to the instance's working directory.</summary>
    public const string LocalStdoutFile = "trainer.stdout.log";

    public const string LocalStderrFile = "trainer.stderr.log";

    /// <summary>The bundle's home and the log folder on AWS instances.</summary>
    public const string AwsTrainerDirectory = "/opt/spot/trainer";

    public const string AwsLogDirectory = "/var/log/spot";

    /// <summary>How long a preempted instance waits to be reclaimed before it powers off by itself.</summary>
    public const int PreemptedWaitSeconds = 600;

    /// <summary>Throws <see cref="ArgumentException"/> naming the field and rule for any unsafe or missing input.</summary>
    public static string Render(BootstrapRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(request.Environment, "request.Environment");
        UserDataSecretGuard.ThrowIfUnsafe(request.Environment);
        if (!request.Environment.TryGetValue(TrainerEnvironment.JobId, out var jobId) || string.IsNullOrWhiteSpace(jobId))
        {
            throw new ArgumentException($"environment: {TrainerEnvironment.JobId} is required; the trainer names every checkpoint after it.");
        }

        TrainerSourceRules.ThrowIfInvalid(request.Trainer, request.MaxPresignedLifetime);
        var script = new StringBuilder();
        script.Append("#!/bin/bash\n");
        script.Append("# Spot bootstrap. It holds no credentials: the instance gets its rights from its role.\n");
        script.Append("set -u\n");
        if (request.Trainer is TrainerSource.LocalCommand local)
        {
            AppendEnvironment(script, request.Environment);
            script.Append("# LocalCloud: the user-data process ending is the instance shutting down.\n");
            script.Append(Command(local.Command)).Append(" >").Append(LocalStdoutFile).Append(" 2>").Append(LocalStderrFile).Append('\n');
        }
        else
        {
            script.Append("# Whatever fails below, power off at the end: the instance terminates on shutdown, so billing stops.\n");
            script.Append("trap 'shutdown -h now' EXIT\n");
            script.Append("mkdir -p ").Append(AwsLogDirectory).Append(' ').Append(AwsTrainerDirectory).Append('\n');
            script.Append("exec >>").Append(AwsLogDirectory).Append("/bootstrap.log 2>&1\n");
            AppendEnvironment(script, request.Environment);
            AppendFetch(script, request.Trainer);
            script.Append("cd ").Append(AwsTrainerDirectory).Append('\n');
            script.Append(ShellQuote.Quote("./" + EntryPoint(request.Trainer))).Append(" >>").Append(AwsLogDirectory).Append("/trainer.log 2>&1\n");
        }

        script.Append("status=$?\n");
        script.Append("echo \"spot-bootstrap: trainer exited with status $status\"\n");
        // "Preempted": the checkpoint is durable and AWS (or the daemon) is about to take the instance. Shutting down
        // ourselves would turn AWS's free first-hour interruption into a billed stop, so wait to be reclaimed.
        script.Append("if [ \"$status\" = ").Append(ExitCodes.Preempted).Append(" ]; then sleep ").Append(PreemptedWaitSeconds).Append("; fi\n");
        script.Append("exit \"$status\"\n");
        return script.ToString();
    }

    private static void AppendEnvironment(StringBuilder script, IReadOnlyDictionary<string, string> environment)
    {
        foreach (var (name, value) in environment.OrderBy(e => e.Key, StringComparer.Ordinal))
        {
            script.Append("export ").Append(name).Append('=').Append(ShellQuote.Quote(value)).Append('\n');
        }
    }

    private static void AppendFetch(StringBuilder script, TrainerSource source)
    {
        script.Append("cd /opt/spot || exit 1\n");
        script.Append(source switch
        {
            TrainerSource.PresignedBundle bundle =>
                $"curl --fail --silent --show-error --location --retry 5 --output trainer.tar.gz {ShellQuote.Quote(bundle.Url.AbsoluteUri)} || exit 1\n",
            TrainerSource.S3Bundle bundle =>
                $"aws s3 cp --only-show-errors {ShellQuote.Quote($"s3://{bundle.Bucket}/{bundle.Key}")} trainer.tar.gz || exit 1\n",
            _ => throw new ArgumentException("Trainer: an AWS instance needs a bundle source."),
        });
        script.Append("tar -xzf trainer.tar.gz -C ").Append(AwsTrainerDirectory).Append(" || exit 1\n");
        script.Append("rm -f trainer.tar.gz\n");
    }

    private static string EntryPoint(TrainerSource source) => source switch
    {
        TrainerSource.PresignedBundle bundle => bundle.EntryPoint,
        TrainerSource.S3Bundle bundle => bundle.EntryPoint,
        _ => throw new ArgumentException("Trainer: an AWS instance needs a bundle source."),
    };

    private static string Command(IReadOnlyList<string> words) => string.Join(' ', words.Select(ShellQuote.Quote));
}
