using Spot.CostModel.Placement;
using Spot.Launcher.Cloud.Launch;
using Spot.Launcher.Tests.Support;
using static Spot.Launcher.Tests.Cloud.Launch.LaunchTestKit;

namespace Spot.Launcher.Tests.Cloud.Launch;

public sealed class LaunchInputValidationTests
{
    [Theory]
    [InlineData("", "JobId")]
    [InlineData("has space", "JobId")]
    [InlineData("-leading-dash", "JobId")]
    public void LaunchRequest_Validate_names_JobId_when_it_is_not_tag_and_token_safe(string jobId, string field) =>
        Assert.Contains(Request(jobId).Validate(), e => e.StartsWith(field + ":", StringComparison.Ordinal));

    [Fact]
    public void LaunchRequest_Validate_names_every_broken_field()
    {
        var request = new LaunchRequest("ok", 0, BidCeiling.None, new string('x', LaunchRequest.MaxUserDataBytes + 1))
        {
            Tags = new Dictionary<string, string> { ["spot:job"] = "other", ["team"] = "ml" },
        };

        var errors = request.Validate();

        Assert.Equal(3, errors.Count);
        Assert.Contains(errors, e => e.StartsWith("Attempt: 0", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("UserData: 16385 bytes", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("Tags: 'spot:job' is reserved", StringComparison.Ordinal));
    }

    [Fact]
    public void LaunchOptions_Validate_names_every_broken_field()
    {
        var options = new LaunchOptions { ImageId = " ", FleetPoolCount = 0, MaxRetries = 21, RetryBaseDelay = TimeSpan.FromSeconds(10), RetryMaxDelay = TimeSpan.FromSeconds(1) };

        var errors = options.Validate();

        Assert.Equal(["Launch:ImageId", "Launch:FleetPoolCount", "Launch:MaxRetries", "Launch:RetryMaxDelay"], errors.Select(e => e[..e.IndexOf(": ", StringComparison.Ordinal)]));
    }

    [Fact]
    public async Task LaunchAsync_refuses_an_empty_offering_list_naming_the_argument()
    {
        await using var cloud = await LocalCloudFixture.StartAsync();

        var error = await Assert.ThrowsAsync<ArgumentException>(() => CreateLauncher(cloud).LaunchAsync(Request("empty"), []));

        Assert.StartsWith("offerings:", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void PoolChoice_From_gives_spot_the_ceiling_for_its_type_and_on_demand_no_MaxPrice()
    {
        // 0.3 × on-demand $1.006/h = $0.3018/h, under the absolute $0.50/h.
        var ceiling = new BidCeiling(0.50m, 0.3m);

        var spot = PoolChoice.From(Offering(1, "g5.xlarge", "us-east-1a"), ceiling);
        var onDemand = PoolChoice.From(Offering(2, "g5.xlarge", "us-east-1a", CostModel.Market.OnDemand), ceiling);

        Assert.Equal((0.3018m, "0.3018"), (spot.MaxPriceUsdPerHour, spot.MaxPriceText));
        Assert.Null(onDemand.MaxPriceUsdPerHour);
    }
}
