using Spot.Drills.Tests.Drills;
using Xunit.Abstractions;

namespace Spot.Drills.Tests.LocalStack;

/// <summary>
/// The drills LocalStack can take, run against a real LocalStack (mock VM manager) with the daemon on the localstack
/// profile. Without a usable LocalStack each is listed as skipped with the probe's reason; <see cref="StandInDrillTests"/>
/// runs the same harness and expectations in CI.
/// </summary>
[Collection(DrillCollection.Name)]
public sealed class LocalStackDrillTests(DrillFixture fixture, ITestOutputHelper output)
{
    private HarnessDrills Drills => new(fixture, LocalStackTarget.Settings, "localstack", output);

    [LocalStackFact]
    public Task Notice_at_random_step_on_LocalStack_resumes_to_the_reference_weights_with_a_user_terminated_attempt() =>
        Drills.NoticeAtRandomStepAsync();

    [LocalStackFact]
    public Task Kill_without_notice_on_LocalStack_redoes_only_uncheckpointed_steps() => Drills.KillWithoutNoticeAsync();

    [LocalStackFact]
    public Task Rebalance_then_interrupt_on_LocalStack_resumes_to_the_reference_weights() => Drills.RebalanceThenInterruptAsync();

    [LocalStackFact]
    public Task Back_to_back_notices_on_LocalStack_take_three_attempts() => Drills.BackToBackAsync();

    [LocalStackFact]
    public Task Daemon_restarted_mid_job_on_LocalStack_keeps_the_instance_and_absorbs_the_next_notice() => Drills.DaemonRestartMidJobAsync();
}
