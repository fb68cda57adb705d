using YamlDotNet.RepresentationModel;

namespace Spot.Launcher.Jobs.Spec;

/// <summary>Reads the <c>trainer</c> section: model, dataset, precision, length, batch, seed and hyperparameters.</summary>
internal static class TrainerSectionReader
{
    private static readonly string[] Keys =
    [
        "model", "dataset", "precision", "steps", "epochs", "train_examples", "batch_size", "optimizer", "schedule", "seed",
        "model_options",
    ];

    public static TrainerSpec Read(SpecMap root)
    {
        var map = root.Map("trainer", Keys, required: true);
        var model = map.Choice("model", SpecChoices.Models, fallback: null) ?? SpecChoices.Mlp;
        var dataset = ReadDataset(map, model);
        var batch = (int)(map.WholeNumber("batch_size", NumberRange.Between(1, 1 << 20)) ?? SpecDefaults.BatchSize);
        var length = ReadLength(map, dataset, batch);
        return new TrainerSpec(
            model,
            dataset,
            map.Choice("precision", SpecChoices.Precisions, SpecDefaults.Precision) ?? SpecDefaults.Precision,
            length,
            batch,
            OptimizerSectionReader.ReadOptimizer(map),
            OptimizerSectionReader.ReadSchedule(map, length.TotalSteps),
            map.WholeNumber("seed", NumberRange.Between(0, uint.MaxValue)) ?? SpecDefaults.Seed,
            ModelOptionsReader.Read(map));
    }

    private static DatasetSpec ReadDataset(SpecMap map, string model)
    {
        var fallback = new DatasetSpec(DatasetKind.FashionMnist, DatasetSpec.FashionMnistName);
        if (map.Text("dataset", required: true) is not { } text)
            return fallback;
        if (DatasetSpec.Parse(text, out var problem) is not { } dataset)
        {
            map.Fail("dataset", problem!);
            return fallback;
        }

        // The language model reads text and the classifiers read images; the two named datasets say which they are.
        if (model == SpecChoices.Transformer && dataset.Kind == DatasetKind.FashionMnist)
            map.Fail("dataset", $"{DatasetSpec.FashionMnistName} holds images; the transformer needs text ({DatasetSpec.BundledName}, s3:// or a local path)");
        else if (model != SpecChoices.Transformer && dataset.Kind == DatasetKind.Bundled)
            map.Fail("dataset", $"{DatasetSpec.BundledName} is language-model text; the {model} model needs images ({DatasetSpec.FashionMnistName}, s3:// or a local path)");
        return dataset;
    }

    private static TrainingLength ReadLength(SpecMap map, DatasetSpec dataset, int batch)
    {
        var steps = map.WholeNumber("steps", NumberRange.AtLeast(1));
        var epochs = map.Number("epochs", NumberRange.AboveZeroUpTo(1_000_000));
        var examples = map.WholeNumber("train_examples", NumberRange.Between(1, 1_000_000_000_000));
        if (map.Has("steps") && map.Has("epochs"))
        {
            map.Fail("epochs", "give steps or epochs, not both");
            return new TrainingLength(steps ?? 1, steps, epochs, examples);
        }

        if (!map.Has("steps") && !map.Has("epochs"))
        {
            map.FailSection("needs the length of training: steps, or epochs");
            return new TrainingLength(1, null, null, examples);
        }

        if (steps is { } fixedSteps)
        {
            if (map.Has("train_examples"))
                map.Fail("train_examples", "only turns epochs into steps; with steps given it has no use");
            return new TrainingLength(fixedSteps, fixedSteps, null, examples);
        }

        var size = examples ?? dataset.KnownTrainExamples;
        if (epochs is not { } e || size is not { } n)
        {
            if (epochs is not null)
                map.Fail("epochs", $"need the dataset's size: set train_examples, or give steps (only {DatasetSpec.FashionMnistName}'s size, {SpecDefaults.FashionMnistTrainExamples}, is known)");
            return new TrainingLength(1, null, epochs, examples);
        }

        var total = (long)decimal.Ceiling(e * n / batch);
        return new TrainingLength(Math.Max(1, total), null, e, size);
    }
}
