using Spot.Trainer.Optim;
using Spot.Trainer.Precision;
using TorchSharp.Modules;
using static TorchSharp.torch;
using static TorchSharp.torch.nn;

namespace Spot.Trainer.Training;

/// <summary>The result of one optimizer step: its loss, and whether the update was applied or skipped on overflow.</summary>
public readonly record struct StepOutcome(double Loss, bool Applied);

/// <summary>
/// One step: refresh the compute copy, forward, scaled backward, widen gradients to the master, reduce them across
/// ranks, unscale and check, then step the optimizer or skip. All temporaries die in one dispose scope.
/// </summary>
public sealed class TrainingStep
{
    private readonly MixedPrecisionModel _model;
    private readonly OptimizerHelper _optimizer;
    private readonly DynamicLossScaler? _scaler;
    private readonly IGradientReducer _reducer;

    public TrainingStep(MixedPrecisionModel model, OptimizerHelper optimizer, DynamicLossScaler? scaler, IGradientReducer reducer)
    {
        _model = model;
        _optimizer = optimizer;
        _scaler = scaler;
        _reducer = reducer;
    }

    /// <param name="inputs">A batch of images, or of token windows.</param>
    /// <param name="targets">One class per prediction: [N] for images, [B, T] next tokens for windows.</param>
    public StepOutcome Run(Tensor inputs, Tensor targets, double learningRate)
    {
        using var scope = NewDisposeScope();
        _model.Train();
        _model.RefreshComputeWeights();
        // [N, C] stays as it is; [B, T, V] becomes B·T predictions. Both are plain views, so the arithmetic is unchanged.
        var loss = functional.cross_entropy(_model.Forward(inputs).flatten(0, -2), targets.flatten());
        (_scaler is null ? loss : _scaler.ScaleLoss(loss)).backward();

        var gradients = _model.TakeGradients();
        _reducer.Reduce(gradients);
        bool finite = _scaler?.UnscaleAndCheck(gradients) ?? true;
        if (finite)
        {
            OptimizerFactory.SetLearningRate(_optimizer, learningRate);
            _optimizer.step();
        }
        _scaler?.Update(finite);
        _optimizer.zero_grad();
        return new StepOutcome(loss.item<float>(), finite);
    }
}
