namespace Spot.Launcher.Jobs.Spec;

/// <summary>
/// Reads <c>trainer.optimizer</c> and <c>trainer.schedule</c>. A setting that the chosen optimizer or schedule
/// would ignore is an error, since writing it shows the author expected it to matter.
/// </summary>
internal static class OptimizerSectionReader
{
    private static readonly string[] OptimizerKeys = ["name", "lr", "weight_decay", "momentum"];
    private static readonly string[] ScheduleKeys = ["name", "warmup_steps", "step_size", "gamma"];

    public static OptimizerSpec ReadOptimizer(SpecMap trainer)
    {
        var map = trainer.Map("optimizer", OptimizerKeys);
        var name = map.Choice("name", SpecChoices.Optimizers, SpecDefaults.Optimizer) ?? SpecDefaults.Optimizer;
        var lr = map.Number("lr", NumberRange.AboveZeroUpTo(10));
        var decay = map.Number("weight_decay", NumberRange.Between(0, 1));
        var momentum = map.Number("momentum", NumberRange.Between(0, 0.999m));
        if (name != SpecChoices.Sgd && map.Has("momentum"))
            map.Fail("momentum", $"applies to {SpecChoices.Sgd} only; this optimizer is {name}");

        return new OptimizerSpec(
            name,
            (double?)lr ?? SpecDefaults.LearningRate,
            (double?)decay ?? (name == SpecChoices.AdamW ? SpecDefaults.AdamWWeightDecay : 0),
            name == SpecChoices.Sgd ? (double?)momentum ?? SpecDefaults.SgdMomentum : null);
    }

    public static ScheduleSpec ReadSchedule(SpecMap trainer, long totalSteps)
    {
        var map = trainer.Map("schedule", ScheduleKeys);
        var name = map.Choice("name", SpecChoices.Schedules, SpecDefaults.Schedule) ?? SpecDefaults.Schedule;
        var warmup = map.WholeNumber("warmup_steps", NumberRange.AtLeast(0));
        var stepSize = map.WholeNumber("step_size", NumberRange.AtLeast(1));
        var gamma = map.Number("gamma", NumberRange.AboveZeroUpTo(1));
        OnlyFor(map, "warmup_steps", SpecChoices.Cosine, name);
        OnlyFor(map, "step_size", SpecChoices.Step, name);
        OnlyFor(map, "gamma", SpecChoices.Step, name);

        if (name == SpecChoices.Cosine && warmup >= totalSteps)
            map.Fail("warmup_steps", $"{warmup} warm-up steps leave none of the {totalSteps} total steps for the cosine decay");

        return name switch
        {
            SpecChoices.Cosine => new ScheduleSpec(name, warmup ?? SpecDefaults.WarmupSteps, null, null),
            SpecChoices.Step => new ScheduleSpec(name, null, stepSize ?? SpecDefaults.StepSize, (double?)gamma ?? SpecDefaults.Gamma),
            _ => new ScheduleSpec(name, null, null, null),
        };
    }

    private static void OnlyFor(SpecMap map, string key, string schedule, string chosen)
    {
        if (chosen != schedule && map.Has(key))
            map.Fail(key, $"applies to the {schedule} schedule only; this schedule is {chosen}");
    }
}
