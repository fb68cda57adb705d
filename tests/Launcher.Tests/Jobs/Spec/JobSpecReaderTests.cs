using Spot.Launcher.Jobs.Spec;

namespace Spot.Launcher.Tests.Jobs.Spec;

public class JobSpecReaderTests
{
    private const string Full = """
        name: full-spec-7
        trainer:
          model: cnn
          dataset: s3://spot-data/fashion
          precision: bf16
          steps: 2000
          batch_size: 64
          optimizer: {name: sgd, lr: 0.05, weight_decay: 0.0005, momentum: 0.8}
          schedule: {name: step, step_size: 500, gamma: 0.5}
          seed: 42
          model_options:
            channels: [16, 32]
            dropout: 0.2
        resources:
          gpus: 1
          gpu_model: A10G
          min_gpu_memory_gib: 24
          vcpus: 4
          memory_gib: 16
          instance_types: [g5.xlarge, g6.xlarge]
          exclude_instance_types: [g4dn.xlarge]
        placement:
          regions: [us-east-1]
          availability_zones: [us-east-1a, use1-az2]
        market: spot-then-on-demand
        bid_ceiling: {fraction_of_on_demand: 0.7}
        budget_usd: 12.5
        deadline: 6h
        checkpoint: {interval: 500 steps, keep: 5}
        max_restarts: 2
        work_hours: 1.5
        """;

    [Fact]
    public void Read_gives_every_field_of_a_full_spec()
    {
        var spec = SpecYaml.Read(Full);

        Assert.Equal("full-spec-7", spec.Name);
        var t = spec.Trainer;
        Assert.Equal(("cnn", DatasetKind.S3, "s3://spot-data/fashion", "bf16"), (t.Model, t.Dataset.Kind, t.Dataset.Location, t.Precision));
        Assert.Equal((2000L, 64, 42L), (t.TotalSteps, t.BatchSize, t.Seed));
        Assert.Equal(new OptimizerSpec("sgd", 0.05, 0.0005, 0.8), t.Optimizer);
        Assert.Equal(new ScheduleSpec("step", null, 500, 0.5), t.Schedule);
        Assert.Equal(new Dictionary<string, string> { ["channels"] = "16,32", ["dropout"] = "0.2" }, t.ModelOptions);
        var r = spec.Resources;
        Assert.Equal((1, "A10G", 24m, 4, 16m), (r.Gpus, r.GpuModel, r.MinGpuMemoryGiB, r.VCpus, r.MemoryGiB));
        Assert.Equal(["g5.xlarge", "g6.xlarge"], r.InstanceTypes);
        Assert.Equal(["g4dn.xlarge"], r.ExcludeInstanceTypes);
        Assert.Equal(["us-east-1"], spec.Placement.Regions);
        Assert.Equal(["us-east-1a", "use1-az2"], spec.Placement.AvailabilityZones);
        Assert.Equal(JobMarket.SpotThenOnDemand, spec.Market);
        Assert.Equal(BidCeilingSpec.Fraction(0.7m), spec.BidCeiling);
        Assert.Equal(12.5m, spec.BudgetUsd);
        Assert.Equal(DeadlineSpec.FromSubmission(TimeSpan.FromHours(6)), spec.Deadline);
        Assert.Equal(new CheckpointSpec(CheckpointInterval.EverySteps(500), 5), spec.Checkpoint);
        Assert.Equal((2, 1.5), (spec.MaxRestarts, spec.WorkHours));
    }

    [Fact]
    public void Read_fills_documented_defaults_when_optional_fields_are_absent()
    {
        var spec = SpecYaml.Read(SpecYaml.Minimal);

        Assert.Equal("fp32", spec.Trainer.Precision);
        Assert.Equal(128, spec.Trainer.BatchSize);
        Assert.Equal(0, spec.Trainer.Seed);
        Assert.Equal(new OptimizerSpec("adamw", 0.001, 0.01, null), spec.Trainer.Optimizer);
        Assert.Equal(new ScheduleSpec("cosine", 0, null, null), spec.Trainer.Schedule);
        Assert.Empty(spec.Trainer.ModelOptions);
        var r = spec.Resources;
        Assert.Equal(((int, string?, decimal?, int, decimal))(0, null, null, 0, 0m), (r.Gpus, r.GpuModel, r.MinGpuMemoryGiB, r.VCpus, r.MemoryGiB));
        Assert.Empty(r.InstanceTypes);
        Assert.Empty(r.ExcludeInstanceTypes);
        Assert.Empty(spec.Placement.Regions);
        Assert.Equal(JobMarket.Spot, spec.Market);
        Assert.Null(spec.BidCeiling);
        Assert.Null(spec.Deadline);
        Assert.True(spec.Checkpoint.Interval.IsAuto);
        Assert.Equal(3, spec.Checkpoint.Keep);
        Assert.Equal(3, spec.MaxRestarts);
        Assert.Null(spec.WorkHours);
    }

    [Fact]
    public void Read_gives_sgd_its_default_momentum_and_no_weight_decay_when_unset()
    {
        var spec = SpecYaml.Read(SpecYaml.Trainer("optimizer: {name: sgd}"));

        Assert.Equal(new OptimizerSpec("sgd", 0.001, 0, 0.9), spec.Trainer.Optimizer);
    }

    [Fact]
    public void Read_treats_an_explicit_null_optional_field_as_absent()
    {
        var spec = SpecYaml.Read(SpecYaml.Top("deadline: ~", "bid_ceiling:"));

        Assert.Null(spec.Deadline);
        Assert.Null(spec.BidCeiling);
    }

    [Fact]
    public async Task ReadFileAsync_reads_a_spec_from_disk()
    {
        var path = Path.Combine(Path.GetTempPath(), $"spec-{Guid.NewGuid():N}.yaml");
        await File.WriteAllTextAsync(path, SpecYaml.Minimal);
        try
        {
            var spec = await JobSpecReader.ReadFileAsync(path, CancellationToken.None);
            Assert.Equal("demo", spec.Name);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task ReadFileAsync_reports_a_missing_file_as_a_spec_problem_naming_the_file()
    {
        var path = Path.Combine(Path.GetTempPath(), $"missing-{Guid.NewGuid():N}.yaml");

        var error = await Assert.ThrowsAsync<JobSpecException>(() => JobSpecReader.ReadFileAsync(path, CancellationToken.None));

        Assert.Equal(path, error.SpecSource);
        Assert.Contains("cannot read the file", Assert.Single(error.Problems).Message, StringComparison.Ordinal);
    }
}
