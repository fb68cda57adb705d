using Spot.Contracts;
using Spot.Launcher.Cloud;

namespace Spot.Launcher.Cli.Drills;

/// <summary>Which --profile a drill can run on. Only `local` can: the drill embeds LocalCloud and injects faults through
/// its admin API, which neither real AWS nor LocalStack offers.</summary>
internal static class DrillProfiles
{
    /// <summary>Why a drill cannot run on this profile; null when it can, or when the name is not a profile at all
    /// (settings resolution reports that one).</summary>
    public static string? RefusalFor(string? profileName)
    {
        CloudProfile profile;
        try
        {
            profile = CloudOptions.ParseProfile(profileName!);
        }
        catch (ArgumentException)
        {
            return null;
        }

        return profile switch
        {
            CloudProfile.Aws =>
                "--profile aws: on real AWS an interruption drill is an AWS FIS experiment (action aws:ec2:send-spot-instance-interruptions, " +
                $"permission ec2:SendSpotInstanceInterruptions) run against the job's instances, which this build does not drive; drills run on --profile local (exit code {ExitCodes.BadArguments})",
            CloudProfile.LocalStack =>
                "--profile localstack: LocalStack's EC2 neither interrupts instances nor serves spot notices, so drills do not run there yet; " +
                $"infra/localstack/README.md says what it does and how a harness injects a loss; drills run on --profile local (exit code {ExitCodes.BadArguments})",
            _ => null,
        };
    }
}
