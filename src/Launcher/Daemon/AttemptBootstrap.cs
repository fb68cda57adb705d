using System.Globalization;
using Spot.Contracts.Bootstrap;
using Spot.CostModel.Placement;
using Spot.Launcher.Bootstrap;
using Spot.Launcher.Jobs.Spec;
using Spot.Launcher.Store;

namespace Spot.Launcher.Daemon;

/// <summary>Renders one attempt's user-data: the trainer's whole job as SPOT_* variables, and where the trainer comes from.</summary>
public sealed class AttemptBootstrap(TrainerSource trainer, DaemonOptions options)
{
    public string Render(JobRecord job, JobSpec spec, int attempt, string dataUri, RankedOffering pool)
    {
        var mtbfHours = pool.Interruption.MtbfHours;
        var launch = new TrainerLaunch(
            JobKeys.KeyOf(job),
            JobKeys.AttemptIdOf(job, attempt),
            JobKeys.CheckpointRoot(options.Bucket, job).ToString(),
            dataUri,
            double.IsFinite(mtbfHours) && mtbfHours > 0 ? mtbfHours * 3600 : null);
        var environment = new Dictionary<string, string>(spec.ToTrainerEnvironment(launch), StringComparer.Ordinal)
        {
            [TrainerEnvironment.NoticePollSeconds] = options.NoticePollSeconds.ToString(CultureInfo.InvariantCulture),
            [TrainerEnvironment.StatusEverySeconds] = options.StatusEverySeconds.ToString(CultureInfo.InvariantCulture),
        };
        if (spec.Checkpoint.Interval.IsAuto && launch.PoolMtbfSeconds is null)
            // A pool with no known hazard still needs a figure for Young/Daly: assume a day between interruptions.
            environment[TrainerEnvironment.PoolMtbfSeconds] = "86400";
        return UserDataRenderer.Render(new BootstrapRequest(environment, trainer));
    }
}
