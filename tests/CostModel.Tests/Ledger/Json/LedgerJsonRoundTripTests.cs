using Spot.CostModel.Ledger;
using Spot.CostModel.Ledger.Json;
using static Spot.CostModel.Tests.Ledger.TestAttempts;

namespace Spot.CostModel.Tests.Ledger.Json;

public class LedgerJsonRoundTripTests
{
    [Fact]
    public void Write_then_Read_gives_back_equal_records_ended_and_running()
    {
        AttemptRecord[] records =
        [
            SpotAttempt(new TimeSpan(4, 12, 45), AttemptEndReason.SpotInterruption, job: "resnet", stepsDone: 25200,
                stepsSinceCheckpoint: 380, onDemandUsdPerHour: 3.06m,
                segments: [new PriceSegment(T0, 0.3635m), new PriceSegment(T0.AddHours(2.5), 0.4121m)]),
            OnDemandAttempt(TimeSpan.FromMilliseconds(61_250), AttemptEndReason.UserStopped, 3.06m) with { Job = "resnet", Attempt = 2 },
            SpotAttempt(null, null, job: "bert", start: T0.AddDays(1), stepsDone: 12),
        ];

        var back = LedgerJsonReader.Read(LedgerJsonWriter.Write(records));

        Assert.Equal(records, back);
    }

    [Fact]
    public void Write_uses_snake_case_names_and_utc_instants()
    {
        var json = LedgerJsonWriter.Write([OnDemandAttempt(TimeSpan.FromHours(1), AttemptEndReason.BudgetExhausted, 3.06m)]);

        Assert.Contains("\"version\": 1", json, StringComparison.Ordinal);
        Assert.Contains("\"market\": \"on_demand\"", json, StringComparison.Ordinal);
        Assert.Contains("\"end_reason\": \"budget_exhausted\"", json, StringComparison.Ordinal);
        Assert.Contains("\"started_at\": \"2026-03-02T10:00:00Z\"", json, StringComparison.Ordinal);
        Assert.Contains("\"on_demand_usd_per_hour\": 3.06", json, StringComparison.Ordinal);
        Assert.Contains("\"steps_since_checkpoint\": 0", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_accepts_an_instant_with_an_offset_and_keeps_the_same_moment()
    {
        var json = LedgerJsonWriter.Write([SpotAttempt(TimeSpan.FromHours(1), AttemptEndReason.Completed)])
            .Replace("2026-03-02T10:00:00Z", "2026-03-02T12:00:00+02:00", StringComparison.Ordinal);

        var record = Assert.Single(LedgerJsonReader.Read(json));

        Assert.Equal(T0, record.StartedAt);
        Assert.Equal(T0, record.PriceSegments[0].From);
    }

    [Fact]
    public void Read_keeps_prices_exact_as_decimals()
    {
        var json = LedgerJsonWriter.Write([SpotAttempt(TimeSpan.FromHours(1), AttemptEndReason.Completed, 0.123456789012345678m)]);

        Assert.Equal(0.123456789012345678m, Assert.Single(LedgerJsonReader.Read(json)).PriceSegments[0].UsdPerHour);
    }

    [Fact]
    public async Task WriteAsync_then_ReadAsync_round_trips_through_a_stream()
    {
        AttemptRecord[] records = [SpotAttempt(TimeSpan.FromHours(1), AttemptEndReason.Completed, stepsDone: 7)];
        using var stream = new MemoryStream();

        await LedgerJsonWriter.WriteAsync(stream, records, CancellationToken.None);
        stream.Position = 0;

        Assert.Equal(records, await LedgerJsonReader.ReadAsync(stream, CancellationToken.None));
    }
}
