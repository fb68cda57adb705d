using System.Net;
using System.Text.Json;
using Spot.LocalCloud.Tests.Hosting;

namespace Spot.LocalCloud.Tests.Imds;

public sealed class ImdsTests
{
    private static async Task<(TestCloud Cloud, string InstanceId, ImdsClient Imds)> BootAsync(bool requireTokens, string? script = null)
    {
        var cloud = await TestCloud.StartAsync();
        var instance = await cloud.LaunchSpotAsync(script, requireTokens: requireTokens);
        await cloud.WaitForStateAsync(instance.InstanceId, "running");
        return (cloud, instance.InstanceId, new ImdsClient(cloud.Local(instance.InstanceId).ImdsEndpoint!));
    }

    [Fact]
    public async Task Imds_refuses_GETs_without_a_token_with_401_when_the_instance_requires_IMDSv2()
    {
        var (cloud, _, imds) = await BootAsync(requireTokens: true);
        await using var _ = cloud;
        using var __ = imds;

        var withoutToken = await imds.GetAsync("meta-data/instance-id", token: null);
        var badToken = await imds.GetAsync("meta-data/instance-id", token: "forged");

        Assert.Equal(HttpStatusCode.Unauthorized, withoutToken.Status);
        Assert.Equal(HttpStatusCode.Unauthorized, badToken.Status);
    }

    [Fact]
    public async Task Imds_answers_identity_and_placement_with_a_token_and_without_one_when_tokens_are_optional()
    {
        var (cloud, id, imds) = await BootAsync(requireTokens: false);
        await using var _ = cloud;
        using var __ = imds;

        Assert.Equal(id, await imds.ReadAsync("meta-data/instance-id"));
        Assert.Equal("g5.xlarge", await imds.ReadAsync("meta-data/instance-type"));
        Assert.Equal("us-east-1a", await imds.ReadAsync("meta-data/placement/availability-zone"));
        Assert.Equal("spot", await imds.ReadAsync("meta-data/instance-life-cycle"));
        Assert.Equal((HttpStatusCode.OK, id), await imds.GetAsync("meta-data/instance-id", token: null));
    }

    [Fact]
    public async Task Imds_token_request_without_a_valid_ttl_header_is_400()
    {
        var (cloud, _, imds) = await BootAsync(requireTokens: true);
        await using var _ = cloud;
        using var __ = imds;
        using var http = new HttpClient { BaseAddress = cloud.Local(cloud.Region.Store.All()[0].Id).ImdsEndpoint };

        using var missing = await http.PutAsync("latest/api/token", null);
        using var tooLong = new HttpRequestMessage(HttpMethod.Put, "latest/api/token");
        tooLong.Headers.Add("X-aws-ec2-metadata-token-ttl-seconds", "21601");
        using var tooLongResponse = await http.SendAsync(tooLong);

        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, tooLongResponse.StatusCode);
    }

    [Fact]
    public async Task Imds_serves_user_data_decoded()
    {
        var (cloud, _, imds) = await BootAsync(requireTokens: true, script: "echo hello > greeting\nsleep 600\n");
        await using var _ = cloud;
        using var __ = imds;

        Assert.Equal("echo hello > greeting\nsleep 600\n", await imds.ReadAsync("user-data"));
    }

    [Fact]
    public async Task Imds_rebalance_recommendation_is_404_until_sent_then_carries_its_notice_time()
    {
        var (cloud, id, imds) = await BootAsync(requireTokens: true);
        await using var _ = cloud;
        using var __ = imds;
        var token = await imds.TokenAsync();

        var before = await imds.GetAsync("meta-data/events/recommendations/rebalance", token);
        cloud.Time.Advance(TimeSpan.FromSeconds(30));
        await cloud.Host.AdminClient.RecommendRebalanceAsync(id);
        var after = await imds.GetAsync("meta-data/events/recommendations/rebalance", token);

        Assert.Equal(HttpStatusCode.NotFound, before.Status);
        Assert.Equal(HttpStatusCode.OK, after.Status);
        Assert.Equal("2026-03-02T12:00:30Z", JsonDocument.Parse(after.Body).RootElement.GetProperty("noticeTime").GetString());
        Assert.Equal("running", (await cloud.DescribeAsync(id)).State.Name.Value);
    }
}
