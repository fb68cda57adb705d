using Microsoft.Extensions.Logging.Abstractions;
using Spot.Trainer.Hosting;
using Spot.Trainer.Models;
using Spot.Trainer.Tests.Support;

namespace Spot.Trainer.Tests.Training;

[Collection(FashionMnistCollection.Name)]
public sealed class AccuracyTests(FashionMnistFixture data)
{
    [Fact]
    public async Task The_mlp_reaches_85_percent_test_accuracy_on_fashion_mnist()
    {
        using var dir = new TempDirectory();
        // Two epochs at batch 128 for a 512-256 MLP: a few seconds on two cores.
        var training = TestJobs.SmallMlp(totalSteps: 940) with
        {
            ModelOptions = HyperParameters.Parse("hidden=512,256;dropout=0.1", "test"),
            BatchSize = 128,
        };
        var runner = new TrainerRunner(new Spot.Trainer.Checkpoints.LocalDirectoryCheckpointStore(dir.Path), TimeProvider.System, NullLogger.Instance);

        var summary = await runner.RunAsync(TestJobs.Job(dir.Path, training, checkpointEvery: 0), data.Train, data.Test, CancellationToken.None);

        Assert.Equal("finished", summary.Outcome);
        Assert.True(summary.TestAccuracy >= 0.85, $"test accuracy {summary.TestAccuracy:P2} is below 85%");
    }
}
