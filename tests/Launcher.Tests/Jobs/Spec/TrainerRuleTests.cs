using Spot.Launcher.Jobs.Spec;

namespace Spot.Launcher.Tests.Jobs.Spec;

public class TrainerRuleTests
{
    [Fact]
    public void Read_rejects_a_model_outside_the_known_set_and_lists_the_choices()
    {
        var yaml = SpecYaml.Minimal.Replace("model: cnn", "model: resnet", StringComparison.Ordinal);

        SpecYaml.AssertOne(yaml, "trainer.model", "'resnet' is not one of mlp, cnn, transformer");
    }

    [Fact]
    public void Read_requires_the_model_and_says_which_values_it_takes()
    {
        var yaml = SpecYaml.Minimal.Replace("  model: cnn\n", "", StringComparison.Ordinal);

        SpecYaml.AssertOne(yaml, "trainer.model", "is required; one of mlp, cnn, transformer");
    }

    [Theory]
    [InlineData("fashion-mnist", DatasetKind.FashionMnist)]
    [InlineData("s3://my-bucket/datasets/fmnist/", DatasetKind.S3)]
    [InlineData("/srv/data/fmnist", DatasetKind.LocalPath)]
    public void Read_accepts_each_dataset_form(string dataset, DatasetKind kind)
    {
        var yaml = SpecYaml.Minimal.Replace("dataset: fashion-mnist", $"dataset: {dataset}", StringComparison.Ordinal);

        Assert.Equal(kind, SpecYaml.Read(yaml).Trainer.Dataset.Kind);
    }

    [Theory]
    [InlineData("gs://bucket/x", "the scheme 'gs' is not supported")]
    [InlineData("s3://Bad_Bucket/x", "'Bad_Bucket' is not a valid S3 bucket name")]
    [InlineData("data/fmnist", "is neither s3://bucket/prefix, an absolute local path")]
    [InlineData("bundled", "the cnn model needs images")]
    public void Read_rejects_a_dataset_that_is_malformed_or_wrong_for_the_model(string dataset, string rule)
    {
        var yaml = SpecYaml.Minimal.Replace("dataset: fashion-mnist", $"dataset: {dataset}", StringComparison.Ordinal);

        SpecYaml.AssertOne(yaml, "trainer.dataset", rule);
    }

    [Fact]
    public void Read_rejects_fashion_mnist_for_the_transformer_which_needs_text()
    {
        var yaml = SpecYaml.Minimal.Replace("model: cnn", "model: transformer", StringComparison.Ordinal);

        SpecYaml.AssertOne(yaml, "trainer.dataset", "the transformer needs text");
    }

    [Fact]
    public void Read_accepts_the_bundled_text_for_the_transformer()
    {
        var yaml = SpecYaml.Minimal.Replace("model: cnn", "model: transformer", StringComparison.Ordinal)
            .Replace("dataset: fashion-mnist", "dataset: bundled", StringComparison.Ordinal);

        Assert.Equal(DatasetKind.Bundled, SpecYaml.Read(yaml).Trainer.Dataset.Kind);
    }

    [Theory]
    [InlineData("precision: fp8", "trainer.precision", "'fp8' is not one of fp32, bf16, fp16")]
    [InlineData("batch_size: 0", "trainer.batch_size", "must be between 1 and 1048576 (got 0)")]
    [InlineData("batch_size: 12.5", "trainer.batch_size", "must be a whole number (got 12.5)")]
    [InlineData("seed: -1", "trainer.seed", "must be between 0 and 4294967295 (got -1)")]
    [InlineData("optimizer: {name: adam}", "trainer.optimizer.name", "'adam' is not one of adamw, sgd")]
    [InlineData("optimizer: {lr: 0}", "trainer.optimizer.lr", "must be above 0 and at most 10 (got 0)")]
    [InlineData("optimizer: {weight_decay: 2}", "trainer.optimizer.weight_decay", "must be between 0 and 1 (got 2)")]
    [InlineData("optimizer: {name: adamw, momentum: 0.9}", "trainer.optimizer.momentum", "applies to sgd only")]
    [InlineData("schedule: {name: linear}", "trainer.schedule.name", "'linear' is not one of cosine, step, constant")]
    [InlineData("schedule: {name: cosine, gamma: 0.5}", "trainer.schedule.gamma", "applies to the step schedule only")]
    [InlineData("schedule: {name: step, warmup_steps: 10}", "trainer.schedule.warmup_steps", "applies to the cosine schedule only")]
    [InlineData("schedule: {name: step, gamma: 0}", "trainer.schedule.gamma", "must be above 0 and at most 1 (got 0)")]
    [InlineData("schedule: {warmup_steps: 100}", "trainer.schedule.warmup_steps", "100 warm-up steps leave none of the 100 total steps")]
    public void Read_names_the_trainer_field_and_the_rule_it_breaks(string line, string path, string rule)
    {
        SpecYaml.AssertOne(SpecYaml.Trainer(line), path, rule);
    }

    [Fact]
    public void Read_joins_list_options_with_commas_as_the_trainer_expects()
    {
        var spec = SpecYaml.Read(SpecYaml.Trainer("model_options: {channels: [8, 16], hidden: 64}"));

        Assert.Equal("8,16", spec.Trainer.ModelOptions["channels"]);
        Assert.Equal("64", spec.Trainer.ModelOptions["hidden"]);
    }

    [Theory]
    [InlineData("model_options: {Hidden: 64}", "trainer.model_options.Hidden", "option names are lowercase letters")]
    [InlineData("model_options: {hidden: \"6;4\"}", "trainer.model_options.hidden", "may not be empty or hold ';'")]
    [InlineData("model_options: {hidden: {a: 1}}", "trainer.model_options.hidden", "must be a number, a word or a list of them, not a mapping")]
    [InlineData("model_options: {hidden: []}", "trainer.model_options.hidden", "an empty list gives the model nothing")]
    [InlineData("model_options: {hidden: [64, [1]]}", "trainer.model_options.hidden[1]", "not a list")]
    public void Read_rejects_model_options_the_trainer_could_not_parse(string line, string path, string rule)
    {
        SpecYaml.AssertOne(SpecYaml.Trainer(line), path, rule);
    }
}
