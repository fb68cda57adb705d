using Spot.Launcher.Jobs.Spec;

namespace Spot.Launcher.Tests.Jobs.Spec;

public class CheckpointRuleTests
{
    [Theory]
    [InlineData("500 steps", "steps:500")]
    [InlineData("1 step", "steps:1")]
    [InlineData("120s", "seconds:120")]
    [InlineData("2m", "seconds:120")]
    [InlineData("1h", "seconds:3600")]
    [InlineData("auto", "auto")]
    public void Read_maps_each_interval_form_to_the_trainer_value(string interval, string trainerValue)
    {
        var spec = SpecYaml.Read(SpecYaml.Top($"checkpoint: {{interval: {interval}}}"));

        Assert.Equal(trainerValue, spec.Checkpoint.Interval.ToTrainerValue());
    }

    [Theory]
    [InlineData("interval: 500", "checkpoint.interval", "'500' has no unit; write '500 steps' or '500s'")]
    [InlineData("interval: 0 steps", "checkpoint.interval", "the number of steps must be above 0")]
    [InlineData("interval: 0s", "checkpoint.interval", "must be 'N steps', a span above zero")]
    [InlineData("interval: often", "checkpoint.interval", "'often' must be 'N steps'")]
    [InlineData("keep: 0", "checkpoint.keep", "must be between 1 and 1000 (got 0)")]
    [InlineData("every: 5m", "checkpoint.every", "unknown key; expected one of interval, keep")]
    public void Read_names_the_checkpoint_rule_broken(string entry, string path, string rule)
    {
        SpecYaml.AssertOne(SpecYaml.Top($"checkpoint: {{{entry}}}"), path, rule);
    }
}
