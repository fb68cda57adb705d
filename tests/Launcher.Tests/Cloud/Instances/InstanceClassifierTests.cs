using Spot.Launcher.Cloud.Instances;

namespace Spot.Launcher.Tests.Cloud.Instances;

public class InstanceClassifierTests
{
    private readonly InstanceClassifier _classifier = new();

    [Theory]
    [InlineData(AwsReasonCodes.SpotInstanceTermination, ConditionKind.Interrupted, true)]
    [InlineData(AwsReasonCodes.UserInitiatedShutdown, ConditionKind.TerminatedByUser, false)]
    [InlineData(AwsReasonCodes.InstanceInitiatedShutdown, ConditionKind.Exited, false)]
    public void Classify_reads_the_cause_from_the_StateReason_and_takes_it_as_definitive(string reason, ConditionKind expected, bool isLoss)
    {
        var snapshot = Observed.Snapshot([Observed.Instance("i-1", Ec2InstanceStates.ShuttingDown, reason)]);

        var condition = _classifier.Classify(snapshot, Observed.Attempt("i-1"));

        Assert.Equal(expected, condition.Kind);
        Assert.True(condition.Definitive);
        Assert.Equal(isLoss, condition.IsLoss);
        Assert.Equal($"StateReason {reason}", condition.Evidence);
    }

    [Theory]
    [InlineData(AwsReasonCodes.TerminatedByPrice)]
    [InlineData(AwsReasonCodes.TerminatedNoCapacity)]
    public void Classify_reports_interrupted_from_the_spot_request_status_when_the_instance_has_no_StateReason(string status)
    {
        var snapshot = Observed.Snapshot([Observed.Instance("i-1", Ec2InstanceStates.Terminated)], Observed.Request("sir-1", status, "i-1"));

        var condition = _classifier.Classify(snapshot, Observed.Attempt("i-1"));

        Assert.Equal(ConditionKind.Interrupted, condition.Kind);
        Assert.True(condition.Definitive);
        Assert.Contains(status, condition.Evidence, StringComparison.Ordinal);
    }

    [Fact]
    public void Classify_reports_a_not_yet_definitive_interruption_when_a_running_instance_is_marked_for_termination()
    {
        var snapshot = Observed.Snapshot([Observed.Instance("i-1")], Observed.Request("sir-1", AwsReasonCodes.MarkedForTermination, "i-1", "active"));

        var condition = _classifier.Classify(snapshot, Observed.Attempt("i-1"));

        Assert.Equal(ConditionKind.Interrupted, condition.Kind);
        Assert.False(condition.Definitive);
    }

    [Fact]
    public void Classify_reports_missing_and_not_definitive_when_the_known_instance_is_not_listed()
    {
        var condition = _classifier.Classify(Observed.Snapshot([]), Observed.Attempt("i-gone"));

        Assert.Equal(ConditionKind.Missing, condition.Kind);
        Assert.False(condition.Definitive);
        Assert.Null(condition.Instance);
    }

    [Fact]
    public void Classify_reports_ended_unexplained_when_a_terminated_instance_has_no_reason_anywhere()
    {
        var snapshot = Observed.Snapshot([Observed.Instance("i-1", Ec2InstanceStates.Terminated)]);

        var condition = _classifier.Classify(snapshot, Observed.Attempt("i-1"));

        Assert.Equal(ConditionKind.EndedUnexplained, condition.Kind);
        Assert.False(condition.Definitive);
    }

    [Fact]
    public void Classify_finds_the_live_instance_by_its_tags_when_the_store_has_no_instance_id_yet()
    {
        var snapshot = Observed.Snapshot(
        [
            Observed.Instance("i-old", Ec2InstanceStates.Terminated, AwsReasonCodes.UserInitiatedShutdown, attempt: 3),
            Observed.Instance("i-new", Ec2InstanceStates.Pending, attempt: 3),
            Observed.Instance("i-other", attempt: 4),
        ]);

        var condition = _classifier.Classify(snapshot, Observed.Attempt(null, attempt: 3));

        Assert.Equal(ConditionKind.Pending, condition.Kind);
        Assert.Equal("i-new", condition.Instance?.InstanceId);
    }
}
