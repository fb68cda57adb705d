using Spot.Drills.Tests.Drills;
using Spot.Launcher.Daemon.Hosting;
using Xunit.Abstractions;

namespace Spot.Drills.Tests.LocalStack;

/// <summary>
/// The LocalStack harness, run in CI against <see cref="StandInCloud"/> instead of LocalStack: the daemon on the
/// localstack profile pointed at the stand-in, the harness playing every instance's host, and the same checks and
/// expectations as <see cref="LocalStackDrillTests"/>.
/// </summary>
[Collection(DrillCollection.Name)]
public sealed class StandInDrillTests(DrillFixture fixture, StandInCloud standIn, ITestOutputHelper output) : IClassFixture<StandInCloud>
{
    private HarnessDrills Drills => new(fixture, StandInSettings, "standin", output);

    [Fact]
    public Task Notice_through_the_IMDS_stand_in_resumes_to_the_reference_weights_with_a_user_terminated_attempt() =>
        Drills.NoticeAtRandomStepAsync();

    [Fact]
    public Task Kill_without_notice_on_the_stand_in_redoes_only_uncheckpointed_steps() => Drills.KillWithoutNoticeAsync();

    [Fact]
    public Task Rebalance_then_notice_through_the_IMDS_stand_in_resumes_to_the_reference_weights() => Drills.RebalanceThenInterruptAsync();

    [Fact]
    public Task Back_to_back_notices_on_the_stand_in_take_three_attempts_and_keep_the_reference_weights() => Drills.BackToBackAsync();

    /// <summary>The localstack profile, unchanged but for its EC2 and S3 endpoints, which point at the stand-in.</summary>
    private SpotSettings StandInSettings()
    {
        var settings = LocalStackTarget.Settings();
        settings.Cloud.Ec2Endpoint = standIn.Host.Ec2Endpoint;
        settings.Cloud.S3Endpoint = standIn.Host.S3Endpoint;
        return settings;
    }
}
