using Spot.LocalCloud.Hosting;
using Spot.LocalCloud.Market;

namespace Spot.LocalCloud.Tests.Market;

public sealed class TraceReaderTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("localcloud-trace-").FullName;

    private string Write(string name, string text)
    {
        var path = Path.Combine(_directory, name);
        File.WriteAllText(path, text);
        return path;
    }

    [Fact]
    public void PriceHistoryReader_reads_a_CSV_with_named_columns_in_any_order()
    {
        var path = Write("prices.csv", "SpotPrice,Timestamp,InstanceType,AvailabilityZone,ProductDescription\n0.3570,2026-01-01T00:00:00Z,g5.xlarge,us-east-1a,Linux/UNIX\n0.3644,2026-01-01T01:00:00Z,g5.xlarge,us-east-1a,Linux/UNIX\n");

        var rows = PriceHistoryReader.Read(path);

        Assert.Equal(2, rows.Count);
        Assert.Equal(new PoolKey("g5.xlarge", "us-east-1a"), rows[0].Pool);
        Assert.Equal(0.3644m, rows[1].Price);
        Assert.Equal(new DateTimeOffset(2026, 1, 1, 1, 0, 0, TimeSpan.Zero), rows[1].Timestamp);
    }

    [Fact]
    public void PriceHistoryReader_reads_the_CLI_JSON_shape()
    {
        var path = Write("prices.json", """{"SpotPriceHistory":[{"AvailabilityZone":"us-east-1b","InstanceType":"p3.2xlarge","ProductDescription":"Linux/UNIX","SpotPrice":"0.918000","Timestamp":"2026-01-01T00:00:00+00:00"}]}""");

        var row = PriceHistoryReader.Read(path).Single();

        Assert.Equal(0.918m, row.Price);
        Assert.Equal("us-east-1b", row.Pool.AvailabilityZone);
    }

    [Fact]
    public void PriceHistoryReader_names_the_missing_column_and_the_line_of_a_bad_price()
    {
        var noColumn = Write("a.csv", "Timestamp,AvailabilityZone,InstanceType,SpotPrice\n");
        var badPrice = Write("b.csv", "Timestamp,AvailabilityZone,InstanceType,ProductDescription,SpotPrice\n2026-01-01T00:00:00Z,us-east-1a,g5.xlarge,Linux/UNIX,cheap\n");

        Assert.Contains("ProductDescription", Assert.Throws<InvalidDataException>(() => PriceHistoryReader.Read(noColumn)).Message);
        Assert.Contains("b.csv:2", Assert.Throws<InvalidDataException>(() => PriceHistoryReader.Read(badPrice)).Message);
    }

    [Fact]
    public void AvailabilityTraceReader_turns_ticks_into_capacity_over_time()
    {
        var path = Write("trace.json", """{"metadata":{"gap_seconds":600},"data":[1,1,0,1],"prices":[0.9,0.9,1.2,0.9]}""");

        var trace = AvailabilityTraceReader.Read(path, unitCapacity: 3);

        Assert.Equal(3, trace.Capacity.ValueAt(TimeSpan.FromMinutes(19)));
        Assert.Equal(0, trace.Capacity.ValueAt(TimeSpan.FromMinutes(25)));
        Assert.Equal(TimeSpan.FromMinutes(40), trace.Capacity.Period);
        Assert.Equal(1.2m, trace.Prices!.ValueAt(TimeSpan.FromMinutes(21)));
    }

    [Fact]
    public void AvailabilityTraceReader_rejects_a_missing_gap()
    {
        var path = Write("bad.json", """{"metadata":{},"data":[1]}""");

        Assert.Contains("gap_seconds", Assert.Throws<InvalidDataException>(() => AvailabilityTraceReader.Read(path, 1)).Message);
    }

    [Fact]
    public void MarketTraceLoader_gives_a_traced_pool_without_prices_the_sample_prices_and_refuses_unknown_types()
    {
        var path = Write("use1a.json", """{"metadata":{"gap_seconds":195},"data":[0,1,1]}""");
        var options = new LocalCloudOptions { AvailabilityTraces = [new AvailabilityTraceSource { Path = path, InstanceType = "p3.2xlarge", AvailabilityZone = "us-east-1a", UnitCapacity = 2 }] };

        var pool = MarketTraceLoader.Load(options, InstanceTypeCatalog.Default, out _).Single();
        options.AvailabilityTraces[0].InstanceType = "z9.huge";

        Assert.Equal(2, pool.Capacity.ValueAt(TimeSpan.FromSeconds(200)));
        Assert.Equal(SampleMarket.Generate(InstanceTypeCatalog.Default.Find("p3.2xlarge")!, "us-east-1a", options.Seed).Prices.ValueAt(TimeSpan.Zero), pool.Prices.ValueAt(TimeSpan.Zero));
        Assert.Contains("z9.huge", Assert.Throws<InvalidDataException>(() => MarketTraceLoader.Load(options, InstanceTypeCatalog.Default, out _)).Message);
    }

    [Fact]
    public void MarketTraceLoader_replays_a_price_history_file_on_one_timeline_and_skips_unknown_types()
    {
        var path = Write("history.csv", "Timestamp,AvailabilityZone,InstanceType,ProductDescription,SpotPrice\n2026-01-01T00:00:00Z,us-east-1a,g5.xlarge,Linux/UNIX,0.35\n2026-01-01T02:00:00Z,us-east-1b,g5.xlarge,Linux/UNIX,0.40\n2026-01-01T03:00:00Z,us-east-1b,g5.xlarge,Linux/UNIX,0.45\n2026-01-01T01:00:00Z,us-east-1a,m9.tiny,Linux/UNIX,0.01\n2026-01-01T01:00:00Z,us-east-1a,g5.xlarge,Windows,0.90\n");

        var pools = MarketTraceLoader.Load(new LocalCloudOptions { PriceHistoryPath = path, PriceHistoryPoolCapacity = 5 }, InstanceTypeCatalog.Default, out var skipped);

        var b = pools.Single(p => p.Key.AvailabilityZone == "us-east-1b");
        Assert.Equal(2, pools.Count);
        Assert.Equal(0.40m, b.Prices.ValueAt(TimeSpan.FromHours(1)));
        Assert.Equal(0.45m, b.Prices.ValueAt(TimeSpan.FromHours(3.5)));
        Assert.Equal(5, b.Capacity.ValueAt(TimeSpan.FromHours(2)));
        Assert.Equal(["m9.tiny"], skipped);
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);
}
