using Spot.Contracts;
using Spot.Launcher.Cloud;

namespace Spot.Launcher.Cli.Drills;

/// <summary>Which --profile a drill can run on: `local` (LocalCloud, every plan) and `localstack` (the LocalStack
/// harness, the plans it can emulate). Real AWS cannot: its interruptions are FIS experiments this build does not drive.</summary>
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
                $"permission ec2:SendSpotInstanceInterruptions) run against the job's instances, which this build does not drive; drills run on --profile local or localstack (exit code {ExitCodes.BadArguments})",
            _ => null,
        };
    }
}
