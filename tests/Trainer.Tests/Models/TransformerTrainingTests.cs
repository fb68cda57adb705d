using Spot.Trainer.Data;
using Spot.Trainer.Data.Text;
using Spot.Trainer.Precision;
using Spot.Trainer.Tests.Data;
using Spot.Trainer.Training;
using static TorchSharp.torch;

namespace Spot.Trainer.Tests.Models;

[Collection(TextCorpusCollection.Name)]
public sealed class TransformerTrainingTests(TextCorpusFixture text)
{
    /// <summary>
    /// The best a model can do without context: validation cross-entropy (nats per character) of the training
    /// text's character frequencies, add-one smoothed so a character unseen in training costs a finite amount.
    /// </summary>
    private static double UnigramCrossEntropy()
    {
        var corpus = TextCorpus.Read(TextCorpus.Bundled);
        var vocabulary = CharacterVocabulary.Of(corpus);
        var ids = vocabulary.Encode(corpus);
        int cut = (int)(ids.Length * (1 - TextDataset.ValidationFraction));
        var counts = new double[vocabulary.Size];
        foreach (var id in ids[..cut]) counts[id]++;
        double total = cut + vocabulary.Size;
        return ids[cut..].Average(id => -Math.Log((counts[id] + 1) / total));
    }

    [Fact]
    public void Training_on_the_bundled_text_brings_validation_loss_well_below_the_unigram_baseline()
    {
        using var session = new TrainingSession(TransformerTestOptions.Small(totalSteps: 150), text.Train, new SingleProcessGradientReducer());
        var unigram = UnigramCrossEntropy();
        var untrained = session.Evaluate(text.Validation);

        for (int i = 0; i < 150; i++) session.RunStep(text.Train);
        var trained = session.Evaluate(text.Validation);

        // English characters carry about 3 nats without context (3.07 here); an untrained model is near ln(75) = 4.32.
        Assert.InRange(unigram, 3.0, 3.1);
        Assert.True(untrained.Loss > unigram, $"untrained loss {untrained.Loss:F3} should start above the unigram {unigram:F3}");
        Assert.True(trained.Loss < unigram - 0.4,
            $"validation loss {trained.Loss:F3} (perplexity {trained.Perplexity:F1}) is not clearly below the unigram {unigram:F3}");
        Assert.Equal((text.Validation.EvaluationCount * TextCorpusFixture.Context, trained.Loss, trained.Accuracy),
            (trained.Predictions, session.TestLoss!.Value, session.TestAccuracy!.Value));
    }

    [Theory]
    [InlineData(PrecisionMode.Bf16)]
    [InlineData(PrecisionMode.Fp16)]
    public void Low_precision_training_keeps_token_ids_whole_float32_masters_and_lowers_the_loss(PrecisionMode precision)
    {
        using var session = new TrainingSession(TransformerTestOptions.Small(precision, totalSteps: 60), text.Train, new SingleProcessGradientReducer());

        var losses = Enumerable.Range(0, 60).Select(_ => session.RunStep(text.Train).Loss).ToList();

        Assert.All(session.Model.MasterParameters, p => Assert.Equal(ScalarType.Float32, p.dtype));
        Assert.All(losses, loss => Assert.True(double.IsFinite(loss), $"a {precision} step lost its loss: {loss}"));
        Assert.True(losses.TakeLast(10).Average() < losses.Take(5).Average() * 0.85,
            $"loss did not fall: first {losses.Take(5).Average():F3}, last {losses.TakeLast(10).Average():F3}");
    }
}
