using Spot.Trainer.Checkpoints;

namespace Spot.Trainer.Tests.Checkpoints;

public sealed class CheckpointCostWindowTests
{
    private static TimeSpan Ms(int milliseconds) => TimeSpan.FromMilliseconds(milliseconds);

    [Fact]
    public void Median_is_null_before_the_first_measurement()
    {
        Assert.Null(new CheckpointCostWindow(3).Median());
    }

    [Fact]
    public void Median_of_an_odd_count_is_the_middle_value()
    {
        var window = new CheckpointCostWindow(5);
        foreach (var ms in new[] { 900, 100, 300 })
            window.Add(Ms(ms));

        Assert.Equal(Ms(300), window.Median());
        Assert.Equal(Ms(300), window.Last);
    }

    [Fact]
    public void Median_of_an_even_count_is_the_mean_of_the_middle_two()
    {
        var window = new CheckpointCostWindow(5);
        foreach (var ms in new[] { 400, 100, 200, 800 })
            window.Add(Ms(ms));

        // Sorted 100, 200, 400, 800: (200 + 400) / 2 = 300.
        Assert.Equal(Ms(300), window.Median());
    }

    [Fact]
    public void A_full_window_drops_its_oldest_measurement()
    {
        var window = new CheckpointCostWindow(2);
        foreach (var ms in new[] { 5000, 100, 300 })
            window.Add(Ms(ms));

        Assert.Equal(2, window.Count);
        Assert.Equal(Ms(200), window.Median());
    }

    [Fact]
    public void A_negative_duration_is_refused()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new CheckpointCostWindow(2).Add(Ms(-1)));

        Assert.Equal("duration", error.ParamName);
    }
}
