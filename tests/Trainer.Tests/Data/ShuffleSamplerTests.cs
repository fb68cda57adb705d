using Spot.Trainer.Data;
using Spot.Trainer.Native;

namespace Spot.Trainer.Tests.Data;

public sealed class ShuffleSamplerTests
{
    public ShuffleSamplerTests() => TorchRuntime.Initialize(2);

    private static long[] Next(ShuffleSampler sampler)
    {
        using var batch = sampler.NextBatch();
        return batch.data<long>().ToArray();
    }

    private static List<long[]> Take(ShuffleSampler sampler, int steps) => Enumerable.Range(0, steps).Select(_ => Next(sampler)).ToList();

    [Fact]
    public void An_epoch_visits_distinct_indices_and_drops_the_tail_that_cannot_fill_a_batch()
    {
        using var sampler = new ShuffleSampler(datasetSize: 10, batchSize: 3, seed: 1);

        var epoch = Take(sampler, 3).SelectMany(b => b).ToList();

        Assert.Equal(3, sampler.StepsPerEpoch);
        Assert.Equal(9, epoch.Distinct().Count());
        Assert.All(epoch, index => Assert.InRange(index, 0, 9));
        Assert.Equal(0, sampler.Epoch);
        Next(sampler);
        Assert.Equal(1, sampler.Epoch);
    }

    [Fact]
    public void The_same_seed_gives_the_same_order_and_another_seed_does_not()
    {
        using var a = new ShuffleSampler(100, 10, seed: 5);
        using var b = new ShuffleSampler(100, 10, seed: 5);
        using var c = new ShuffleSampler(100, 10, seed: 6);

        var fromA = Take(a, 15).SelectMany(x => x).ToArray();

        Assert.Equal(fromA, Take(b, 15).SelectMany(x => x).ToArray());
        Assert.NotEqual(fromA, Take(c, 15).SelectMany(x => x).ToArray());
    }

    [Theory]
    [InlineData(4)]   // mid-epoch
    [InlineData(10)]  // exactly at the end of an epoch: the next batch opens a new one
    [InlineData(13)]  // mid second epoch
    public void A_restored_state_continues_with_exactly_the_same_batches(int stepsBeforeCapture)
    {
        using var original = new ShuffleSampler(100, 10, seed: 3);
        Take(original, stepsBeforeCapture);
        var state = original.CaptureState();
        var expected = Take(original, 12);

        using var resumed = new ShuffleSampler(100, 10, seed: 999);
        resumed.RestoreState(state);

        Assert.Equal(expected, Take(resumed, 12));
        Assert.Equal(original.Epoch, resumed.Epoch);
    }

    [Fact]
    public void Ranks_take_disjoint_blocks_of_the_same_global_batch()
    {
        using var rank0 = new ShuffleSampler(24, batchSize: 4, seed: 2, worldSize: 2, rank: 0);
        using var rank1 = new ShuffleSampler(24, batchSize: 4, seed: 2, worldSize: 2, rank: 1);
        using var single = new ShuffleSampler(24, batchSize: 8, seed: 2);

        Assert.Equal(3, rank0.StepsPerEpoch);
        for (int step = 0; step < 3; step++)
        {
            var a = Next(rank0);
            var b = Next(rank1);
            Assert.Empty(a.Intersect(b));
            // Together the two ranks see exactly what one process with twice the batch sees.
            Assert.Equal(Next(single), a.Concat(b).ToArray());
        }
    }

    [Fact]
    public void The_constructor_rejects_a_rank_outside_the_world()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new ShuffleSampler(100, 10, 0, worldSize: 2, rank: 2));

        Assert.Contains("rank must be in [0, 2)", error.Message);
    }

    [Fact]
    public void The_constructor_rejects_a_dataset_smaller_than_one_global_batch()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new ShuffleSampler(15, 8, 0, worldSize: 2, rank: 0));

        Assert.Contains("batch 8 × world 2 = 16", error.Message);
    }

    [Fact]
    public void RestoreState_rejects_a_position_past_the_end_of_an_epoch()
    {
        using var sampler = new ShuffleSampler(100, 10, 0);
        var state = sampler.CaptureState() with { StepInEpoch = 11 };

        Assert.Throws<ArgumentException>(() => sampler.RestoreState(state));
    }
}
