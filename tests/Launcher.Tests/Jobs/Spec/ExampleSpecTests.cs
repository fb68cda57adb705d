using Spot.CostModel.Catalog;
using Spot.Launcher.Jobs.Spec;

namespace Spot.Launcher.Tests.Jobs.Spec;

public class ExampleSpecTests
{
    public static TheoryData<string> ExampleFiles()
    {
        var data = new TheoryData<string>();
        foreach (var file in ExamplePaths())
            data.Add(Path.GetFileName(file));
        return data;
    }

    [Theory]
    [MemberData(nameof(ExampleFiles))]
    public async Task Every_example_is_a_valid_spec_named_after_its_file_whose_names_the_catalog_knows(string file)
    {
        var spec = await JobSpecReader.ReadFileAsync(Path.Combine(ExamplesDirectory(), file), CancellationToken.None);

        Assert.Equal(Path.GetFileNameWithoutExtension(file), spec.Name);
        Assert.Empty(JobSpecCatalogCheck.Problems(spec, InstanceCatalog.Bundled()));
    }

    [Fact]
    public void Examples_cover_each_feature_the_issue_lists()
    {
        var specs = ExamplePaths().Select(path => JobSpecReader.Read(File.ReadAllText(path), path)).ToDictionary(s => s.Name);

        Assert.Equal("cnn", specs["quickstart"].Trainer.Model);
        Assert.NotNull(specs["deadline-on-demand-fallback"].Deadline);
        Assert.Equal(JobMarket.SpotThenOnDemand, specs["deadline-on-demand-fallback"].Market);
        Assert.NotNull(specs["bid-ceiling-fraction"].BidCeiling?.FractionOfOnDemand);
        Assert.Equal(("transformer", "bf16", DatasetKind.Bundled), (specs["transformer-bf16"].Trainer.Model, specs["transformer-bf16"].Trainer.Precision, specs["transformer-bf16"].Trainer.Dataset.Kind));
        Assert.NotEmpty(specs["instance-type-allow-list"].Resources.InstanceTypes);
        Assert.NotEmpty(specs["instance-type-lists"].Resources.ExcludeInstanceTypes);
        Assert.True(specs["auto-checkpoint"].Checkpoint.Interval.IsAuto);
        Assert.Equal(JobMarket.SpotThenOnDemand, specs["spot-then-on-demand"].Market);
    }

    [Fact]
    public void Budget_too_small_example_is_valid_yet_cannot_buy_an_hour_of_the_cheapest_on_demand_type()
    {
        var spec = JobSpecReader.Read(File.ReadAllText(Path.Combine(ExamplesDirectory(), "budget-too-small.yaml")));
        var cheapest = InstanceCatalog.Bundled().Types.SelectMany(t => t.OnDemandUsdPerHour.Values).Min();

        // Its 40 hours of work would cost far more even at a tenth of the cheapest on-demand price.
        Assert.True(spec.BudgetUsd < cheapest * 0.1m * (decimal)spec.WorkHours!.Value);
    }

    [Fact]
    public void Quickstart_is_sized_for_a_couple_of_minutes_with_frequent_checkpoints()
    {
        var spec = JobSpecReader.Read(File.ReadAllText(Path.Combine(ExamplesDirectory(), "quickstart.yaml")));

        Assert.Equal(JobMarket.Spot, spec.Market);
        Assert.InRange(spec.Trainer.TotalSteps, 200, 1000);
        Assert.InRange(spec.Checkpoint.Interval.Steps ?? 0, 1, 100);
    }

    private static string[] ExamplePaths() =>
        [.. Directory.GetFiles(ExamplesDirectory(), "*.yaml").Order(StringComparer.Ordinal)];

    private static string ExamplesDirectory()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Spot.sln")))
                return Path.Combine(dir.FullName, "examples");
        }

        throw new DirectoryNotFoundException($"no Spot.sln above {AppContext.BaseDirectory}");
    }
}
