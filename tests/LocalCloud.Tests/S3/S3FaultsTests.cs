using System.Net;
using Amazon.S3;
using Amazon.S3.Model;
using Spot.LocalCloud.S3;
using Spot.LocalCloud.Tests.S3.Fixtures;

namespace Spot.LocalCloud.Tests.S3;

public sealed class S3FaultsTests(LocalCloudS3Fixture server) : IClassFixture<LocalCloudS3Fixture>
{
    [Fact]
    public void Draw_fails_each_request_by_one_draw_from_the_plans_seeded_generator()
    {
        var faults = new S3Faults();
        faults.Set(new S3FaultPlan(InternalErrorShare: 0.2, SlowDownShare: 0.3, Seed: 42));

        var random = new Random(42);
        for (var i = 0; i < 500; i++)
        {
            var draw = random.NextDouble();
            var expected = draw < 0.2 ? "InternalError" : draw < 0.5 ? "SlowDown" : null;
            Assert.Equal(expected, faults.Draw()?.Code);
        }
    }

    [Fact]
    public void Set_again_with_the_same_seed_replays_the_same_failures()
    {
        var faults = new S3Faults();
        var plan = new S3FaultPlan(0.25, 0.25, Seed: 9);

        faults.Set(plan);
        var first = Enumerable.Range(0, 200).Select(_ => faults.Draw()?.StatusCode).ToList();
        faults.Set(plan);
        var second = Enumerable.Range(0, 200).Select(_ => faults.Draw()?.StatusCode).ToList();

        Assert.Equal(first, second);
        Assert.Contains(500, first);
        Assert.Contains(503, first);
        Assert.Contains(null, first);
    }

    [Fact]
    public void Draw_counts_what_it_injected_and_stops_after_Clear()
    {
        var faults = new S3Faults();
        faults.Set(new S3FaultPlan(InternalErrorShare: 1, SlowDownShare: 0, Seed: 1));
        var injected = Enumerable.Range(0, 3).Select(_ => faults.Draw()).ToList();

        faults.Clear();

        Assert.All(injected, e => Assert.Equal(("InternalError", 500), (e!.Code, e.StatusCode)));
        Assert.Equal(3, faults.InternalErrorsInjected);
        Assert.Equal(0, faults.SlowDownsInjected);
        Assert.Null(faults.Draw());
        Assert.Null(faults.Plan);
    }

    [Theory]
    [InlineData(-0.1, 0, "InternalErrorShare")]
    [InlineData(1.5, 0, "InternalErrorShare")]
    [InlineData(0, double.NaN, "SlowDownShare")]
    [InlineData(0.6, 0.6, "SlowDownShare")]
    public void Set_rejects_a_plan_whose_shares_are_out_of_range_naming_the_share(double internalError, double slowDown, string parameter)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new S3Faults().Set(new S3FaultPlan(internalError, slowDown, 0)));

        Assert.Equal(parameter, error.ParamName);
    }

    [Fact]
    public async Task A_plan_of_all_SlowDown_makes_the_SDK_see_503_SlowDown_until_it_is_cleared()
    {
        using var client = new AmazonS3Client(
            new Amazon.Runtime.BasicAWSCredentials("k", "s"),
            new AmazonS3Config { ServiceURL = server.ServiceUrl.ToString(), ForcePathStyle = true, AuthenticationRegion = "us-east-1", MaxErrorRetry = 0 });
        var faults = server.Options.Faults;

        faults.Set(new S3FaultPlan(InternalErrorShare: 0, SlowDownShare: 1, Seed: 3));
        AmazonS3Exception error;
        try
        {
            error = await Assert.ThrowsAnyAsync<AmazonS3Exception>(() => client.PutBucketAsync(new PutBucketRequest { BucketName = "faulty" }));
        }
        finally
        {
            faults.Clear();
        }

        Assert.Equal((HttpStatusCode.ServiceUnavailable, "SlowDown"), (error.StatusCode, error.ErrorCode));
        Assert.Equal(HttpStatusCode.OK, (await client.PutBucketAsync(new PutBucketRequest { BucketName = "faulty" })).HttpStatusCode);
    }
}
