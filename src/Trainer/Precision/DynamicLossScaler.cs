using static TorchSharp.torch;

namespace Spot.Trainer.Precision;

/// <summary>
/// Spot's loss scaler (TorchSharp has no GradScaler): multiply the loss before backward so small fp16 gradients
/// do not flush to zero, divide the gradients back, and skip the step when any gradient overflowed. The scale halves
/// on an overflow and doubles after a run of clean steps.
/// </summary>
public sealed class DynamicLossScaler
{
    private readonly LossScalerOptions _options;

    public DynamicLossScaler(LossScalerOptions options)
    {
        options.Validate();
        _options = options;
        Scale = options.InitialScale;
    }

    public double Scale { get; private set; }
    public int CleanSteps { get; private set; }
    public long SkippedSteps { get; private set; }

    public Tensor ScaleLoss(Tensor loss) => loss.mul(Scale);

    /// <summary>
    /// Divides every gradient by the scale in place and says whether all of them are finite. The check sums each
    /// gradient and tests one number: an inf or NaN anywhere makes the sum non-finite, at a fraction of the cost
    /// of an element-wise isfinite over every gradient.
    /// </summary>
    public bool UnscaleAndCheck(IReadOnlyList<Tensor> gradients)
    {
        using var scope = NewDisposeScope();
        double inverse = 1.0 / Scale;
        Tensor? total = null;
        foreach (var gradient in gradients)
        {
            gradient.mul_(inverse);
            var sum = gradient.sum(ScalarType.Float32);
            total = total is null ? sum : total.add_(sum);
        }
        return total is null || total.isfinite().item<bool>();
    }

    /// <summary>Moves the scale after a step: back off on an overflow, grow after enough clean steps.</summary>
    public void Update(bool gradientsFinite)
    {
        if (!gradientsFinite)
        {
            Scale = Math.Max(Scale * _options.BackoffFactor, _options.MinScale);
            CleanSteps = 0;
            SkippedSteps++;
            return;
        }
        CleanSteps++;
        if (CleanSteps >= _options.GrowthInterval)
        {
            Scale *= _options.GrowthFactor;
            CleanSteps = 0;
        }
    }

    public LossScalerState CaptureState() => new(Scale, CleanSteps, SkippedSteps);

    public void RestoreState(LossScalerState state)
    {
        if (!(state.Scale > 0) || double.IsInfinity(state.Scale) || state.CleanSteps < 0 || state.SkippedSteps < 0)
            throw new ArgumentException($"loss scaler state {state} is not valid", nameof(state));
        Scale = state.Scale;
        CleanSteps = state.CleanSteps;
        SkippedSteps = state.SkippedSteps;
    }
}
