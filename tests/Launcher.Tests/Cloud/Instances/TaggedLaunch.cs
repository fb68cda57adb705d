using System.Globalization;
using System.Text;
using Amazon.EC2;
using Amazon.EC2.Model;
using Spot.Launcher.Cloud.Launch;

namespace Spot.Launcher.Tests.Cloud.Instances;

/// <summary>Launches instances straight through the SDK, tagged as Spot tags them (or not at all), for the watcher's tests.</summary>
internal static class TaggedLaunch
{
    public static async Task<List<string>> SpotAsync(IAmazonEC2 ec2, string job, int attempt, int count = 1, string? script = null, string zone = "us-east-1a") =>
        await RunAsync(ec2, Tags(job, attempt), count, spot: true, script, zone);

    public static async Task<List<string>> OnDemandAsync(IAmazonEC2 ec2, string job, int attempt, int count = 1, string zone = "us-east-1a") =>
        await RunAsync(ec2, Tags(job, attempt), count, spot: false, script: null, zone);

    /// <summary>An instance Spot did not launch: no spot:job tag.</summary>
    public static async Task<string> UntaggedAsync(IAmazonEC2 ec2) =>
        (await RunAsync(ec2, [new Tag("team", "someone-else")], 1, spot: false, script: null, "us-east-1a")).Single();

    private static List<Tag> Tags(string job, int attempt) =>
        [new(SpotTags.Job, job), new(SpotTags.Attempt, attempt.ToString(CultureInfo.InvariantCulture))];

    private static async Task<List<string>> RunAsync(IAmazonEC2 ec2, List<Tag> tags, int count, bool spot, string? script, string zone)
    {
        var response = await ec2.RunInstancesAsync(new RunInstancesRequest
        {
            ImageId = "ami-localcloud",
            InstanceType = "g5.xlarge",
            MinCount = count,
            MaxCount = count,
            Placement = new Placement { AvailabilityZone = zone },
            UserData = script is null ? null : Convert.ToBase64String(Encoding.UTF8.GetBytes(script)),
            InstanceMarketOptions = spot ? new InstanceMarketOptionsRequest { MarketType = MarketType.Spot } : null,
            TagSpecifications = [new TagSpecification { ResourceType = ResourceType.Instance, Tags = tags }],
        });
        return response.Reservation.Instances.Select(i => i.InstanceId).ToList();
    }
}
