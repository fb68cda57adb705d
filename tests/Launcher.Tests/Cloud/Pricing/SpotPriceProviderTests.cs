using Amazon.EC2;
using Microsoft.Extensions.Logging.Abstractions;
using Spot.CostModel;
using Spot.CostModel.Catalog;
using Spot.Launcher.Cloud.Pricing;
using Spot.Launcher.Tests.Support;

namespace Spot.Launcher.Tests.Cloud.Pricing;

public class SpotPriceProviderTests
{
    private static readonly PoolId Pool = new("g5.xlarge", "us-east-1b");

    [Fact]
    public async Task Current_is_the_bundled_snapshot_until_a_refresh_succeeds()
    {
        await using var cloud = await LocalCloudFixture.StartAsync();
        using var provider = Provider(cloud);

        var current = provider.Current;

        Assert.Equal(PriceOrigin.BundledSnapshot, current.Origin);
        Assert.Empty(current.History.Pools);
        Assert.Equal(InstanceCatalog.Bundled().SpotPrices.PriceOf(Pool), current.PriceAt(Pool, cloud.Time.GetUtcNow()));
    }

    [Fact]
    public async Task RefreshAsync_replaces_the_snapshot_with_the_price_the_cloud_quotes_now()
    {
        await using var cloud = await LocalCloudFixture.StartAsync();
        await PinPriceAsync(cloud, 0.4321m);
        using var provider = Provider(cloud);

        var refresh = await provider.RefreshAsync(CancellationToken.None);

        Assert.True(refresh.AllSucceeded);
        Assert.Equal(PriceOrigin.Refreshed, provider.Current.Origin);
        Assert.Equal(0.4321m, provider.Current.PriceAt(Pool, cloud.Time.GetUtcNow()));
        Assert.Equal(cloud.Time.GetUtcNow(), provider.Current.RefreshedAt["us-east-1"]);
    }

    [Fact]
    public async Task RefreshAsync_reads_every_page_when_the_history_spans_several()
    {
        await using var cloud = await LocalCloudFixture.StartAsync();
        using var onePage = Provider(cloud);
        using var smallPages = Provider(cloud, new PriceRefreshOptions { PageSize = 20 });

        var whole = Assert.Single((await onePage.RefreshAsync(CancellationToken.None)).Regions);
        var paged = Assert.Single((await smallPages.RefreshAsync(CancellationToken.None)).Regions);

        Assert.Equal(1, whole.Calls);
        Assert.True(whole.Records > 20, $"the sample market gave only {whole.Records} records");
        Assert.Equal(whole.Records, paged.Records);
        Assert.Equal((whole.Records + 19) / 20, paged.Calls);
    }

    [Fact]
    public async Task RefreshAsync_keeps_the_last_good_prices_when_a_refresh_fails()
    {
        await using var cloud = await LocalCloudFixture.StartAsync();
        using var provider = Provider(cloud);
        await PinPriceAsync(cloud, 0.4321m);
        await provider.RefreshAsync(CancellationToken.None);
        var refreshedAt = provider.Current.RefreshedAt["us-east-1"];

        cloud.Time.Advance(TimeSpan.FromMinutes(10));
        await PinPriceAsync(cloud, 0.9m);
        await cloud.Admin.ThrottleEc2Async(1);
        var failed = await provider.RefreshAsync(CancellationToken.None);
        await cloud.Admin.ThrottleEc2Async(0);
        var keptPrice = provider.Current.PriceAt(Pool, cloud.Time.GetUtcNow());
        await provider.RefreshAsync(CancellationToken.None);

        Assert.False(failed.AllSucceeded);
        Assert.Contains("AmazonEC2Exception", Assert.Single(failed.Regions).Error, StringComparison.Ordinal);
        Assert.Equal(0.4321m, keptPrice);
        Assert.Equal(refreshedAt, failed.Prices.RefreshedAt["us-east-1"]);
        Assert.Equal(0.9m, provider.Current.PriceAt(Pool, cloud.Time.GetUtcNow()));
    }

    [Fact]
    public async Task RefreshAsync_keeps_the_bundled_snapshot_when_the_first_refresh_fails()
    {
        await using var cloud = await LocalCloudFixture.StartAsync();
        using var provider = Provider(cloud);
        await cloud.Admin.ThrottleEc2Async(1);

        var failed = await provider.RefreshAsync(CancellationToken.None);

        Assert.False(failed.AllSucceeded);
        Assert.Equal(PriceOrigin.BundledSnapshot, provider.Current.Origin);
        Assert.Equal(InstanceCatalog.Bundled().SpotPrices.PriceOf(Pool), provider.Current.PriceAt(Pool, cloud.Time.GetUtcNow()));
    }

    [Fact]
    public async Task Constructor_rejects_a_region_the_catalog_does_not_know()
    {
        await using var cloud = await LocalCloudFixture.StartAsync();
        var clients = new Dictionary<string, IAmazonEC2> { ["eu-north-9"] = cloud.Ec2 };

        var error = Assert.Throws<ArgumentException>(() =>
            new SpotPriceProvider(clients, InstanceCatalog.Bundled(), new PriceRefreshOptions(), cloud.Time, NullLogger<SpotPriceProvider>.Instance));

        Assert.Contains("region 'eu-north-9' is not in the catalog", error.Message, StringComparison.Ordinal);
    }

    private static SpotPriceProvider Provider(LocalCloudFixture cloud, PriceRefreshOptions? options = null) =>
        new(new Dictionary<string, IAmazonEC2> { ["us-east-1"] = cloud.Ec2 }, InstanceCatalog.Bundled(), options ?? new PriceRefreshOptions(),
            cloud.Time, NullLogger<SpotPriceProvider>.Instance);

    private static Task PinPriceAsync(LocalCloudFixture cloud, decimal price) =>
        cloud.Admin.SetPriceAsync(Pool.InstanceType, Pool.AvailabilityZone, price);
}
