using Spot.Trainer.Data;
using Spot.Trainer.Data.Text;
using Spot.Trainer.Models;
using Spot.Trainer.Native;
using Spot.Trainer.Tests.Support;

namespace Spot.Trainer.Tests.Data;

public sealed class TextDatasetTests
{
    public TextDatasetTests() => TorchRuntime.Initialize(2);

    private static HyperParameters Options(string text) => HyperParameters.Parse(text, "SPOT_MODEL_OPTIONS");

    [Fact]
    public void The_bundled_text_splits_90_10_by_position_with_one_vocabulary()
    {
        using var train = TextDataset.Load(TextCorpus.Bundled, 32, DatasetSplit.Train);
        using var validation = TextDataset.Load(TextCorpus.Bundled, 32, DatasetSplit.Test);

        // 215,526 characters: floor(0.9 · 215,526) = 193,973 for training, 21,553 for validation.
        Assert.Equal((193_973, 21_553), (train.TokenCount, validation.TokenCount));
        Assert.Equal(193_973 - 32, train.Count);
        Assert.Equal((21_553 - 1) / 32, validation.EvaluationCount);
        Assert.Equal(new TokenInput(75, 32), train.Input);
        Assert.Equal(train.Input, validation.Input);
    }

    [Fact]
    public void Windows_line_endings_tokenize_like_unix_ones()
    {
        using var unix = TextDataset.FromText("ab\nba\nab\nba\nab\n", "unix", 2, DatasetSplit.Train);
        using var windows = TextDataset.FromText("ab\r\nba\r\nab\r\nba\r\nab\r\n", "windows", 2, DatasetSplit.Train);

        Assert.Equal((unix.TokenCount, unix.Input), (windows.TokenCount, windows.Input));
    }

    [Fact]
    public void A_split_too_short_for_the_context_names_the_source_split_and_context()
    {
        var error = Assert.Throws<ArgumentException>(() => TextDataset.FromText(new string('x', 100), "tiny.txt", 16, DatasetSplit.Test));

        Assert.Contains("the test split of tiny.txt holds 10 characters, too few for context=16", error.Message);
    }

    [Fact]
    public void The_loader_gives_the_transformer_windows_of_its_context()
    {
        using var data = TrainingDataLoader.Load("transformer", Options("context=48"), TextCorpus.Bundled, DatasetSplit.Train);

        Assert.Equal(new TokenInput(75, 48), data.Input);
    }

    [Fact]
    public void The_loader_reads_a_text_file_for_the_transformer()
    {
        using var dir = new TempDirectory();
        File.WriteAllText(dir.Combine("abc.txt"), string.Concat(Enumerable.Repeat("abc ", 50)));

        using var data = TrainingDataLoader.Load("transformer", Options("context=8"), dir.Combine("abc.txt"), DatasetSplit.Train);

        // 200 characters, 180 for training, windows of 8: 172 starts over a vocabulary of ' ', a, b, c.
        Assert.Equal((172, new TokenInput(4, 8)), (data.Count, data.Input));
    }

    [Fact]
    public void The_loader_refuses_the_bundled_text_for_an_image_model()
    {
        var error = Assert.Throws<ArgumentException>(() => TrainingDataLoader.Load("mlp", Options(""), "bundled", DatasetSplit.Train));

        Assert.Contains("data location 'bundled' is the bundled text, which only the transformer model trains on; model 'mlp' needs a directory of Fashion-MNIST IDX files", error.Message);
    }

    [Fact]
    public void The_loader_checks_the_model_options_before_reading_data()
    {
        var error = Assert.Throws<ArgumentException>(() => TrainingDataLoader.Load("transformer", Options("context=1"), "bundled", DatasetSplit.Train));

        Assert.Contains("SPOT_MODEL_OPTIONS: context=1 must be a whole number in [2, 8192]", error.Message);
    }
}
