using TorchSharp;
using static TorchSharp.torch;

namespace Spot.Trainer.Data;

/// <summary>
/// Seeded shuffling over epochs, split across data-parallel ranks. Every rank draws the same permutation from its
/// own generator; a step uses the next <c>batch × world</c> entries and rank r takes the r-th block of them. The
/// tail that cannot fill a whole step is dropped, so every rank runs the same number of steps per epoch.
/// </summary>
public sealed class ShuffleSampler : IDisposable
{
    private readonly torch.Generator _generator;
    private readonly long _datasetSize;
    private readonly int _batchSize;
    private readonly int _worldSize;
    private readonly int _rank;
    private Tensor? _permutation;
    private byte[] _epochStartState = [];

    public ShuffleSampler(long datasetSize, int batchSize, long seed, int worldSize = 1, int rank = 0)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(batchSize, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(worldSize, 1);
        if (rank < 0 || rank >= worldSize)
            throw new ArgumentOutOfRangeException(nameof(rank), rank, $"rank must be in [0, {worldSize}) for world size {worldSize}");
        if (datasetSize < (long)batchSize * worldSize)
            throw new ArgumentOutOfRangeException(nameof(datasetSize), datasetSize,
                $"one step needs batch {batchSize} × world {worldSize} = {(long)batchSize * worldSize} examples, more than the dataset holds");
        _datasetSize = datasetSize;
        _batchSize = batchSize;
        _worldSize = worldSize;
        _rank = rank;
        _generator = new torch.Generator(unchecked((ulong)seed));
    }

    public long StepsPerEpoch => _datasetSize / ((long)_batchSize * _worldSize);
    public int Epoch { get; private set; }
    public long StepInEpoch { get; private set; }

    /// <summary>This rank's indices for the next step, as an int64 tensor in the caller's dispose scope.</summary>
    public Tensor NextBatch()
    {
        if (_permutation is null)
        {
            DrawPermutation();
        }
        else if (StepInEpoch == StepsPerEpoch)
        {
            Epoch++;
            StepInEpoch = 0;
            DrawPermutation();
        }
        long start = (StepInEpoch * _worldSize + _rank) * _batchSize;
        StepInEpoch++;
        return _permutation!.narrow(0, start, _batchSize).clone();
    }

    public SamplerState CaptureState()
    {
        if (_permutation is null)
            DrawPermutation();
        return new SamplerState(Epoch, StepInEpoch, _epochStartState.ToArray());
    }

    public void RestoreState(SamplerState state)
    {
        if (state.StepInEpoch < 0 || state.StepInEpoch > StepsPerEpoch)
            throw new ArgumentException($"sampler step {state.StepInEpoch} lies outside an epoch of {StepsPerEpoch} steps", nameof(state));
        using (var saved = tensor(state.EpochStartGeneratorState, ScalarType.Byte))
            _generator.set_state(saved);
        DrawPermutation();
        Epoch = state.Epoch;
        StepInEpoch = state.StepInEpoch;
    }

    private void DrawPermutation()
    {
        using (var before = _generator.get_state())
            _epochStartState = before.bytes.ToArray();
        _permutation?.Dispose();
        // Held across batches, so it must outlive whatever per-batch dispose scope is open now.
        _permutation = randperm(_datasetSize, generator: _generator).DetachFromDisposeScope();
    }

    public void Dispose()
    {
        _permutation?.Dispose();
        _generator.Dispose();
    }
}
