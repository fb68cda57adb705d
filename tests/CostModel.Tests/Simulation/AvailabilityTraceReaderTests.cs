using System.Text;
using Spot.CostModel.Simulation;

namespace Spot.CostModel.Tests.Simulation;

public class AvailabilityTraceReaderTests
{
    private static AvailabilityTrace Read(string json, int nodes = 1) =>
        AvailabilityTraceReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(json)), "zone", nodes);

    [Fact]
    public void Read_takes_the_tick_from_gap_seconds_and_one_as_available()
    {
        var trace = Read("""{"metadata": {"gap_seconds": 195}, "data": [0, 1, 1, 0]}""");

        Assert.Equal(195, trace.TickSeconds);
        Assert.Equal(4, trace.Length);
        Assert.Equal([false, true, true, false], trace.Samples.ToArray());
        Assert.Equal(0.5, trace.Availability);
        Assert.Equal(4 * 195 / 3600.0, trace.DurationHours, 12);
    }

    [Fact]
    public void Read_counts_a_multi_node_tick_available_only_with_enough_instances()
    {
        var trace = Read("""{"metadata": {"gap_seconds": 300}, "data": [16, 15, 3, 16]}""", nodes: 16);

        Assert.Equal([true, false, false, true], trace.Samples.ToArray());
    }

    [Theory]
    [InlineData("""{"data": [1]}""", "$.metadata is missing")]
    [InlineData("""{"metadata": {"gap_seconds": 0}, "data": [1]}""", "$.metadata.gap_seconds must be a positive number")]
    [InlineData("""{"metadata": {"gap_seconds": 60}, "data": []}""", "$.data must be a non-empty array")]
    [InlineData("""{"metadata": {"gap_seconds": 60}, "data": [1, "x"]}""", "$.data[1] must be a whole number")]
    [InlineData("""{"metadata": {"gap_seconds": 60}, "data": [1, -1]}""", "$.data[1] must be a whole number")]
    [InlineData("""[1, 2]""", "$ must be an object")]
    [InlineData("""{"metadata": """, "not valid JSON")]
    public void Read_names_what_is_wrong_with_a_bad_trace(string json, string expected)
    {
        var error = Assert.Throws<FormatException>(() => Read(json));

        Assert.Contains("'zone'", error.Message, StringComparison.Ordinal);
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }
}
