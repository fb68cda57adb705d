using Spot.Launcher.Jobs.Spec;

namespace Spot.Launcher.Tests.Jobs.Spec;

public class ResourcesRuleTests
{
    [Theory]
    [InlineData("resources: {gpus: -1}", "resources.gpus", "must be between 0 and 64 (got -1)")]
    [InlineData("resources: {vcpus: 2.5}", "resources.vcpus", "must be a whole number (got 2.5)")]
    [InlineData("resources: {memory_gib: -4}", "resources.memory_gib", "must be between 0 and 65536 (got -4)")]
    [InlineData("resources: {min_gpu_memory_gib: 0}", "resources.min_gpu_memory_gib", "must be above 0 and at most 1024 (got 0)")]
    [InlineData("resources: {gpu_model: [A10G]}", "resources.gpu_model", "must be text, not a list")]
    [InlineData("resources: {instance_types: c5.large}", "resources.instance_types", "must be a list, not 'c5.large'")]
    [InlineData("resources: {instance_types: [c5.large, C5.XLARGE]}", "resources.instance_types[1]", "'C5.XLARGE' is not an instance type like g5.xlarge")]
    [InlineData("resources: {instance_types: [c5.large, c5.large]}", "resources.instance_types[1]", "'c5.large' is listed twice")]
    [InlineData("resources: {instance_types: [c5.large], exclude_instance_types: [c5.large]}", "resources.exclude_instance_types", "'c5.large' is both allowed and excluded")]
    [InlineData("placement: {regions: [useast1]}", "placement.regions[0]", "'useast1' is not a region name like us-east-1")]
    [InlineData("placement: {availability_zones: [us-east-1]}", "placement.availability_zones[0]", "is not a zone name like us-east-1a or a zone ID like use1-az1")]
    [InlineData("placement: {regions: [us-east-1, {a: 1}]}", "placement.regions[1]", "must be text, not a mapping")]
    public void Read_names_the_resource_or_placement_rule_broken(string line, string path, string rule)
    {
        SpecYaml.AssertOne(SpecYaml.Top(line), path, rule);
    }

    [Fact]
    public void Read_accepts_zone_names_and_zone_ids_together()
    {
        var spec = SpecYaml.Read(SpecYaml.Top("placement: {regions: [us-west-2], availability_zones: [us-west-2a, usw2-az3]}"));

        Assert.Equal(["us-west-2a", "usw2-az3"], spec.Placement.AvailabilityZones);
    }
}
