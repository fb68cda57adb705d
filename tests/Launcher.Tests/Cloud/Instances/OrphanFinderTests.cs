using Spot.Launcher.Cloud.Instances;

namespace Spot.Launcher.Tests.Cloud.Instances;

public class OrphanFinderTests
{
    [Fact]
    public void Find_picks_instances_whose_attempt_is_not_live_and_skips_those_already_terminating()
    {
        var snapshot = Observed.Snapshot(
        [
            Observed.Instance("i-live", attempt: 1),
            Observed.Instance("i-stale", attempt: 2),
            Observed.Instance("i-gone", Ec2InstanceStates.Terminated, attempt: 3),
            Observed.Instance("i-untagged-attempt", attempt: null),
        ]);

        var orphans = OrphanFinder.Find(snapshot, [Observed.Attempt("i-live", attempt: 1)]);

        Assert.Equal(["i-stale", "i-untagged-attempt"], orphans.Select(o => o.InstanceId));
    }

    [Fact]
    public void Find_picks_a_duplicate_instance_of_a_live_attempt_once_the_store_knows_its_instance()
    {
        var snapshot = Observed.Snapshot([Observed.Instance("i-kept"), Observed.Instance("i-duplicate")]);

        var orphans = OrphanFinder.Find(snapshot, [Observed.Attempt("i-kept")]);

        Assert.Equal("i-duplicate", Assert.Single(orphans).InstanceId);
    }

    [Fact]
    public void Find_keeps_every_instance_of_a_live_attempt_whose_instance_id_is_not_known_yet()
    {
        var snapshot = Observed.Snapshot([Observed.Instance("i-launching", Ec2InstanceStates.Pending)]);

        Assert.Empty(OrphanFinder.Find(snapshot, [Observed.Attempt(null)]));
    }
}
