using Spot.Trainer.Models;
using Spot.Trainer.Precision;
using Spot.Trainer.Tests.Support;
using Spot.Trainer.Training;
using static TorchSharp.torch;

namespace Spot.Trainer.Tests.Precision;

[Collection(FashionMnistCollection.Name)]
public sealed class MixedPrecisionTrainingTests(FashionMnistFixture data)
{
    private TrainingSession Session(PrecisionMode precision, string model = ModelFactory.Mlp, string options = "hidden=64;dropout=0.2") =>
        new(TestJobs.SmallMlp(precision) with { Model = model, ModelOptions = HyperParameters.Parse(options, "test") },
            data.Train, new SingleProcessGradientReducer());

    [Theory]
    [InlineData(PrecisionMode.Fp16)]
    [InlineData(PrecisionMode.Bf16)]
    public void A_batch_that_overflows_skips_the_step_keeps_the_weights_and_halves_the_scale(PrecisionMode precision)
    {
        using var session = Session(precision);
        session.RunStep(data.Train); // a clean step first, so the optimizer has state to protect
        var before = ParameterHash.Compute(session.Model.Master);
        var scale = session.Scaler!.Scale;

        using var scope = NewDisposeScope();
        var (images, labels) = data.Train.Slice(0, 64);
        var poisoned = images.clone();
        poisoned[0, 0, 0, 0] = tensor(float.PositiveInfinity);
        var outcome = session.RunStep(poisoned, labels);

        Assert.False(outcome.Applied);
        Assert.Equal(before, ParameterHash.Compute(session.Model.Master));
        Assert.Equal(scale / 2, session.Scaler.Scale);
        Assert.Equal(1, session.Scaler.SkippedSteps);

        var next = session.RunStep(data.Train);
        Assert.True(next.Applied);
        Assert.NotEqual(before, ParameterHash.Compute(session.Model.Master));
    }

    [Theory]
    [InlineData(PrecisionMode.Bf16, ModelFactory.Mlp, "hidden=64")]
    [InlineData(PrecisionMode.Fp16, ModelFactory.Mlp, "hidden=64")]
    [InlineData(PrecisionMode.Bf16, ModelFactory.Cnn, "channels=8,16;hidden=32")]
    [InlineData(PrecisionMode.Fp32, ModelFactory.Cnn, "channels=8,16;hidden=32")]
    public void Training_keeps_float32_master_weights_and_lowers_the_loss(PrecisionMode precision, string model, string options)
    {
        using var session = Session(precision, model, options);
        var losses = Enumerable.Range(0, 40).Select(_ => session.RunStep(data.Train).Loss).ToList();

        Assert.All(session.Model.MasterParameters, p => Assert.Equal(ScalarType.Float32, p.dtype));
        Assert.True(losses.TakeLast(10).Average() < losses.Take(5).Average() * 0.7,
            $"loss did not fall: first {losses.Take(5).Average():F3}, last {losses.TakeLast(10).Average():F3}");
    }

    [Fact]
    public void Fp32_runs_have_no_loss_scaler()
    {
        using var session = Session(PrecisionMode.Fp32);

        Assert.Null(session.Scaler);
        Assert.True(session.RunStep(data.Train).Applied);
    }
}
