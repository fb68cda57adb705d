using Microsoft.Extensions.Time.Testing;
using Spot.Launcher.Cloud.Instances;

namespace Spot.Launcher.Tests.Cloud.Instances;

public class LossConfirmerTests
{
    private static readonly WatchedAttempt Attempt = Observed.Attempt("i-1");
    private readonly FakeTimeProvider _time = new(Observed.At);

    private static InstanceCondition Missing => new(ConditionKind.Missing, null, "instance i-1 not listed", Definitive: false);

    private static InstanceCondition SpotTermination =>
        new(ConditionKind.Interrupted, Observed.Instance("i-1", Ec2InstanceStates.Terminated, AwsReasonCodes.SpotInstanceTermination), "StateReason", Definitive: true);

    private static InstanceCondition Running => new(ConditionKind.Running, Observed.Instance("i-1"), "state running", Definitive: true);

    [Fact]
    public void Observe_confirms_an_interruption_on_its_first_observation_when_AWS_gave_a_StateReason()
    {
        var confirmer = new LossConfirmer(_time);

        var verdict = confirmer.Observe(Attempt, SpotTermination);

        Assert.Equal(VerdictKind.Confirmed, verdict.Kind);
        Assert.True(verdict.IsConfirmedLoss);
        Assert.Equal(1, verdict.Observations);
    }

    [Fact]
    public void Observe_confirms_a_missing_instance_only_on_the_second_successive_observation()
    {
        var confirmer = new LossConfirmer(_time);

        var first = confirmer.Observe(Attempt, Missing);
        _time.Advance(TimeSpan.FromSeconds(5));
        var second = confirmer.Observe(Attempt, Missing);

        Assert.Equal(VerdictKind.Suspected, first.Kind);
        Assert.Equal(VerdictKind.Confirmed, second.Kind);
        Assert.Equal(Observed.At, second.FirstSeenAt);
    }

    [Fact]
    public void Observe_starts_over_when_the_instance_is_seen_running_between_two_missing_observations()
    {
        var confirmer = new LossConfirmer(_time);

        confirmer.Observe(Attempt, Missing);
        var healthy = confirmer.Observe(Attempt, Running);
        var again = confirmer.Observe(Attempt, Missing);

        Assert.Equal(VerdictKind.Healthy, healthy.Kind);
        Assert.Equal(VerdictKind.Suspected, again.Kind);
        Assert.Equal(1, again.Observations);
    }

    [Fact]
    public void Unknown_verdict_leaves_the_run_of_observations_as_it_was()
    {
        var confirmer = new LossConfirmer(_time);

        confirmer.Observe(Attempt, Missing);
        var unknown = LossConfirmer.Unknown(Attempt);
        var second = confirmer.Observe(Attempt, Missing);

        Assert.Equal(VerdictKind.Unknown, unknown.Kind);
        Assert.Null(unknown.Condition);
        Assert.Equal(VerdictKind.Confirmed, second.Kind);
    }

    [Fact]
    public void Retain_forgets_attempts_that_are_no_longer_watched()
    {
        var confirmer = new LossConfirmer(_time);
        confirmer.Observe(Attempt, Missing);

        confirmer.Retain([]);
        var afterForgetting = confirmer.Observe(Attempt, Missing);

        Assert.Equal(VerdictKind.Suspected, afterForgetting.Kind);
    }

    [Fact]
    public void Constructor_rejects_fewer_than_two_observations_for_ambiguous_conditions()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new LossConfirmer(_time, ambiguousObservations: 1));

        Assert.Equal("ambiguousObservations", error.ParamName);
    }
}
