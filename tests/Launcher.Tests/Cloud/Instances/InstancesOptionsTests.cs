using Spot.Launcher.Cloud.Instances;

namespace Spot.Launcher.Tests.Cloud.Instances;

public class InstancesOptionsTests
{
    [Fact]
    public void Validate_accepts_the_defaults()
    {
        Assert.Empty(new InstancesOptions().Validate());
    }

    [Fact]
    public void Validate_names_every_field_out_of_range()
    {
        var options = new InstancesOptions { PageSize = 4, SpotRequestBatchSize = 0, TerminateBatchSize = 1001, CallTimeout = TimeSpan.FromMilliseconds(10) };

        var errors = options.Validate();

        Assert.Collection(
            errors,
            e => Assert.StartsWith("Instances:PageSize: 4 must be between 5 and 1000", e, StringComparison.Ordinal),
            e => Assert.StartsWith("Instances:SpotRequestBatchSize: 0 must be between 1 and 1000", e, StringComparison.Ordinal),
            e => Assert.StartsWith("Instances:TerminateBatchSize: 1001 must be between 1 and 1000", e, StringComparison.Ordinal),
            e => Assert.StartsWith("Instances:CallTimeout: 00:00:00.0100000 must be between", e, StringComparison.Ordinal));
    }

    [Fact]
    public void ThrowIfInvalid_throws_with_the_broken_rule()
    {
        var error = Assert.Throws<ArgumentException>(() => new InstancesOptions { PageSize = 2000 }.ThrowIfInvalid());

        Assert.Contains("Instances:PageSize: 2000", error.Message, StringComparison.Ordinal);
    }
}
