using Spot.Launcher.Jobs.Spec;

namespace Spot.Launcher.Tests.Jobs.Spec;

public class TrainingLengthTests
{
    [Fact]
    public void Read_turns_epochs_of_fashion_mnist_into_steps_rounding_up()
    {
        // 3 epochs × 60,000 examples ÷ 128 per step = 1,406.25, so 1,407 steps cover them.
        var spec = SpecYaml.Read(SpecYaml.Trainer("epochs: 3", "batch_size: 128"));

        Assert.Equal(new TrainingLength(1407, null, 3m, 60_000), spec.Trainer.Length);
    }

    [Fact]
    public void Read_uses_train_examples_for_a_dataset_of_unknown_size()
    {
        // 0.5 epoch × 1,001 examples ÷ 100 per step = 5.005, so 6 steps.
        var yaml = SpecYaml.Trainer("epochs: 0.5", "batch_size: 100", "train_examples: 1001")
            .Replace("dataset: fashion-mnist", "dataset: s3://my-bucket/data", StringComparison.Ordinal);

        Assert.Equal(6, SpecYaml.Read(yaml).Trainer.TotalSteps);
    }

    [Fact]
    public void Read_rejects_epochs_for_a_dataset_whose_size_it_cannot_know()
    {
        var yaml = SpecYaml.Trainer("epochs: 2").Replace("dataset: fashion-mnist", "dataset: /data/images", StringComparison.Ordinal);

        SpecYaml.AssertOne(yaml, "trainer.epochs", "need the dataset's size: set train_examples, or give steps");
    }

    [Fact]
    public void Read_rejects_steps_and_epochs_together()
    {
        SpecYaml.AssertOne(SpecYaml.Trainer("steps: 100", "epochs: 1"), "trainer.epochs", "give steps or epochs, not both");
    }

    [Fact]
    public void Read_requires_steps_or_epochs()
    {
        var yaml = SpecYaml.Minimal.Replace("  steps: 100\n", "", StringComparison.Ordinal);

        SpecYaml.AssertOne(yaml, "trainer", "needs the length of training: steps, or epochs");
    }

    [Theory]
    [InlineData("steps: 0", "trainer.steps", "must be at least 1 (got 0)")]
    [InlineData("epochs: 0", "trainer.epochs", "must be above 0 and at most 1000000 (got 0)")]
    public void Read_rejects_a_length_that_is_not_positive(string line, string path, string rule)
    {
        SpecYaml.AssertOne(SpecYaml.Trainer(line), path, rule);
    }

    [Fact]
    public void Read_rejects_train_examples_beside_steps_where_it_would_be_ignored()
    {
        SpecYaml.AssertOne(SpecYaml.Trainer("steps: 10", "train_examples: 500"), "trainer.train_examples", "with steps given it has no use");
    }
}
