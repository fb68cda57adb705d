using Spot.CostModel;
using Spot.CostModel.Placement;
using Spot.Launcher.Jobs.Spec;

namespace Spot.Launcher.Tests.Jobs.Spec;

public class JobSpecPlacementTests
{
    private static JobSpec Spec(params string[] top) => SpecYaml.Read(SpecYaml.Build(trainer: ["steps: 1000"], top: top));

    [Fact]
    public void ToPlacementRequest_carries_resources_scope_ceiling_and_work()
    {
        var spec = Spec(
            "resources: {gpus: 1, gpu_model: A10G, min_gpu_memory_gib: 24, vcpus: 4, memory_gib: 16, instance_types: [g5.xlarge], exclude_instance_types: [g6.xlarge]}",
            "placement: {regions: [us-east-1], availability_zones: [use1-az1]}",
            "bid_ceiling: {usd_per_hour: 0.6}",
            "work_hours: 2");

        var request = spec.ToPlacementRequest();

        Assert.Equal(new(1, "A10G", 24m, 4, 16m), request.Resources);
        Assert.Equal(["us-east-1"], request.Regions);
        Assert.Equal(["use1-az1"], request.Zones);
        Assert.Equal(["g5.xlarge"], request.AllowedTypes);
        Assert.Equal(["g6.xlarge"], request.ExcludedTypes);
        Assert.Equal([Market.Spot], request.Markets);
        Assert.Equal(new BidCeiling(0.6m, null), request.Ceiling);
        Assert.Equal(2, request.WorkHours);
        Assert.Null(request.CheckpointInterval);
    }

    [Fact]
    public void ToPlacementRequest_prefers_the_callers_remaining_work_and_falls_back_to_the_default_hour()
    {
        Assert.Equal(0.25, Spec("work_hours: 2").ToPlacementRequest(remainingWorkHours: 0.25).WorkHours);
        Assert.Equal(PlacementDefaults.WorkHours, Spec().ToPlacementRequest().WorkHours);
    }

    [Fact]
    public void ToPlacementRequest_turns_a_step_interval_into_time_through_the_work_estimate()
    {
        // 250 of 1,000 steps of a 2-hour job: half an hour between checkpoints.
        var request = Spec("work_hours: 2", "checkpoint: {interval: 250 steps}").ToPlacementRequest();

        Assert.Equal(TimeSpan.FromMinutes(30), request.CheckpointInterval);
    }

    [Fact]
    public void ToPlacementRequest_leaves_a_step_interval_to_young_daly_when_no_work_estimate_is_given()
    {
        Assert.Null(Spec("checkpoint: {interval: 250 steps}").ToPlacementRequest().CheckpointInterval);
    }

    [Fact]
    public void ToPlacementRequest_passes_a_time_interval_as_is()
    {
        Assert.Equal(TimeSpan.FromMinutes(2), Spec("checkpoint: {interval: 2m}").ToPlacementRequest().CheckpointInterval);
    }

    [Fact]
    public void ToPlacementRequest_allows_both_markets_for_spot_then_on_demand_and_narrows_on_request()
    {
        var spec = Spec("market: spot-then-on-demand");

        Assert.Equal([Market.Spot, Market.OnDemand], spec.ToPlacementRequest().Markets);
        Assert.Equal([Market.OnDemand], spec.ToPlacementRequest(onlyMarket: Market.OnDemand).Markets);
    }

    [Fact]
    public void ToPlacementRequest_refuses_to_narrow_a_spot_job_to_on_demand()
    {
        var error = Assert.Throws<ArgumentException>(() => Spec("market: spot").ToPlacementRequest(onlyMarket: Market.OnDemand));

        Assert.Contains("market is spot, which does not allow OnDemand", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RemainingWork_scales_the_estimate_by_steps_left_and_prefers_a_measured_rate()
    {
        var spec = Spec("work_hours: 2");

        // 750 of 1,000 steps left of 2 hours = 1.5 h; at a measured 600 steps/h, 600 steps left = 1 h.
        Assert.Equal(1.5, RemainingWork.Hours(spec, stepsDone: 250));
        Assert.Equal(1.0, RemainingWork.Hours(spec, stepsDone: 400, measuredStepsPerHour: 600));
        Assert.Equal(0.0, RemainingWork.Hours(spec, stepsDone: 1200));
        Assert.Null(RemainingWork.Hours(Spec(), stepsDone: 0));
    }

    [Fact]
    public void RemainingWork_rejects_a_rate_that_is_not_positive()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => RemainingWork.Hours(Spec(), 0, measuredStepsPerHour: 0));
    }
}
