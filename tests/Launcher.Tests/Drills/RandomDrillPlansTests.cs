using Spot.Launcher.Drills;
using Spot.Launcher.Jobs.State;

namespace Spot.Launcher.Tests.Drills;

public sealed class RandomDrillPlansTests
{
    private static readonly DrillPlan[] Plans = Enumerable.Range(0, 500).Select(RandomDrillPlans.Create).ToArray();

    private static List<DrillFault> Ending(DrillPlan plan) => plan.Faults.Where(f => DrillFaultKinds.EndsAttempt(f.Kind)).ToList();

    [Fact]
    public void Create_gives_equal_plans_for_the_same_seed()
    {
        foreach (var seed in new[] { 0, 1, 42, 99_999 })
        {
            var (a, b) = (RandomDrillPlans.Create(seed), RandomDrillPlans.Create(seed));
            Assert.Equal((a.Name, a.Description, a.Expect), (b.Name, b.Description, b.Expect));
            Assert.Equal(a.Faults, b.Faults);
        }
    }

    [Fact]
    public void Create_varies_kinds_counts_and_shares_across_seeds()
    {
        Assert.True(Plans.Select(p => p.Description).Distinct().Count() > 400);
        Assert.Equal(RandomDrillPlans.AttemptEnding.ToHashSet(), Plans.SelectMany(Ending).Select(f => f.Kind).ToHashSet());
        Assert.Equal([1, 2], Plans.Select(p => p.AttemptEndingFaults).Distinct().Order());
        var extras = Plans.SelectMany(p => p.Faults).Select(f => f.Kind).Where(k => !RandomDrillPlans.AttemptEnding.Contains(k)).ToHashSet();
        Assert.Equal([DrillFaultKind.DrainCurrentPool, DrillFaultKind.Ec2Throttle, DrillFaultKind.S3Errors, DrillFaultKind.RestartDaemon], extras.Order());
    }

    [Fact]
    public void Create_adds_a_fault_of_another_sort_to_about_three_in_ten_plans()
    {
        var share = Plans.Count(p => p.Faults.Count > p.AttemptEndingFaults) / (double)Plans.Length;
        Assert.InRange(share, 0.22, 0.38);
        Assert.All(Plans, p => Assert.True(p.Faults.Count - p.AttemptEndingFaults <= 1, p.Description));
    }

    [Fact]
    public void Create_names_the_plan_after_its_seed_expects_success_and_describes_every_fault()
    {
        var plan = RandomDrillPlans.Create(7);
        Assert.Equal("random-7", plan.Name);
        Assert.Equal(JobState.Succeeded, plan.Expect);
        Assert.StartsWith("Random plan for seed 7: ", plan.Description, StringComparison.Ordinal);
        Assert.All(Plans, p => Assert.All(p.Faults, f => Assert.Contains(f.Name, p.Description, StringComparison.Ordinal)));
    }

    [Fact]
    public void Every_plan_reads_back_equal_from_plan_file_yaml_so_it_keeps_the_readers_rules()
    {
        foreach (var plan in Plans)
        {
            var read = DrillPlanReader.Read(DrillPlanYaml.Write(plan));
            Assert.Equal((plan.Name, plan.Description, plan.Expect), (read.Name, read.Description, read.Expect));
            Assert.Equal(plan.Faults, read.Faults);
        }
    }

    [Fact]
    public void Attempt_ending_faults_fall_between_10_and_65_percent_ascending_and_15_points_apart()
    {
        foreach (var plan in Plans)
        {
            var shares = Ending(plan).Select(f => f.Trigger.AtFraction!.Value).ToList();
            Assert.All(shares, s => Assert.InRange(s, 0.10, 0.65));
            if (shares.Count == 2) Assert.True(shares[1] - shares[0] >= 0.15 - 1e-9, plan.Description);
        }
    }

    [Fact]
    public void Extra_faults_sit_where_their_sort_belongs()
    {
        foreach (var plan in Plans)
        {
            var faults = plan.Faults;
            for (var i = 0; i < faults.Count; i++)
            {
                switch (faults[i].Kind)
                {
                    case DrillFaultKind.Ec2Throttle:
                        Assert.Equal((0, DrillTrigger.AfterPrevious, 0.3, TimeSpan.FromSeconds(60)), (i, faults[i].Trigger, faults[i].Share, faults[i].Duration));
                        break;
                    case DrillFaultKind.S3Errors:
                        Assert.Equal((0, DrillTrigger.AfterPrevious, 0.1, TimeSpan.FromSeconds(60), 503), (i, faults[i].Trigger, faults[i].Share, faults[i].Duration, faults[i].StatusCode));
                        break;
                    case DrillFaultKind.DrainCurrentPool:
                        Assert.Equal((1, DrillTrigger.AfterPrevious), (i, faults[i].Trigger));
                        Assert.True(DrillFaultKinds.EndsAttempt(faults[0].Kind));
                        break;
                    case DrillFaultKind.RestartDaemon:
                        var at = faults[i].Trigger.AtFraction!.Value;
                        Assert.InRange(at, i == 0 ? 0.05 : faults[i - 1].Trigger.AtFraction!.Value + 0.05 - 1e-9, faults[i + 1].Trigger.AtFraction!.Value - 0.05 + 1e-9);
                        break;
                }
            }
        }
    }
}
