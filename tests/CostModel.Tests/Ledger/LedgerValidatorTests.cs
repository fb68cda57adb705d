using Spot.CostModel.Ledger;
using static Spot.CostModel.Tests.Ledger.TestAttempts;

namespace Spot.CostModel.Tests.Ledger;

public class LedgerValidatorTests
{
    private static LedgerError SingleError(params AttemptRecord[] records) =>
        Assert.Single(LedgerValidator.Validate(records));

    [Fact]
    public void Validate_accepts_ended_and_running_attempts_that_keep_the_rules()
    {
        var ended = SpotAttempt(TimeSpan.FromHours(1), AttemptEndReason.SpotInterruption, stepsDone: 10, stepsSinceCheckpoint: 3);
        var running = SpotAttempt(null, null, attempt: 2, start: T0.AddHours(2));

        Assert.Empty(LedgerValidator.Validate([ended, running]));
    }

    [Fact]
    public void Validate_names_the_record_and_field_when_segments_are_out_of_order()
    {
        var attempt = SpotAttempt(TimeSpan.FromHours(2), AttemptEndReason.Completed, job: "bert", attempt: 3, segments:
            [new PriceSegment(T0, 0.3m), new PriceSegment(T0.AddHours(1), 0.4m), new PriceSegment(T0.AddMinutes(30), 0.5m)]);

        var error = SingleError(attempt);

        Assert.Equal(("bert", 3, "price_segments[2].from"), (error.Job, error.Attempt, error.Field));
        Assert.Contains("must be after the previous segment", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_refuses_a_first_segment_that_does_not_start_with_the_attempt()
    {
        var attempt = SpotAttempt(TimeSpan.FromHours(2), AttemptEndReason.Completed, segments: [new PriceSegment(T0.AddMinutes(1), 0.3m)]);

        Assert.Equal("price_segments[0].from", SingleError(attempt).Field);
    }

    [Fact]
    public void Validate_refuses_a_segment_that_starts_at_or_after_the_end()
    {
        var attempt = SpotAttempt(TimeSpan.FromHours(1), AttemptEndReason.Completed, segments:
            [new PriceSegment(T0, 0.3m), new PriceSegment(T0.AddHours(1), 0.4m)]);

        var error = SingleError(attempt);
        Assert.Equal("price_segments[1].from", error.Field);
        Assert.Contains("not before ended_at", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_refuses_a_negative_price()
    {
        Assert.Equal("price_segments[0].usd_per_hour",
            SingleError(SpotAttempt(TimeSpan.FromHours(1), AttemptEndReason.Completed, -0.01m)).Field);
        Assert.Equal("on_demand_usd_per_hour",
            SingleError(SpotAttempt(TimeSpan.FromHours(1), AttemptEndReason.Completed, onDemandUsdPerHour: -1m)).Field);
    }

    [Fact]
    public void Validate_refuses_an_attempt_with_no_segments()
    {
        Assert.Equal("price_segments", SingleError(SpotAttempt(TimeSpan.FromHours(1), AttemptEndReason.Completed, segments: [])).Field);
    }

    [Fact]
    public void Validate_refuses_an_end_before_the_start()
    {
        var attempt = SpotAttempt(TimeSpan.FromHours(1), AttemptEndReason.Completed) with { EndedAt = T0.AddSeconds(-1) };

        var error = SingleError(attempt);
        Assert.Equal("ended_at", error.Field);
        Assert.Contains("before started_at", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_needs_the_end_time_and_the_end_reason_together()
    {
        var noReason = SpotAttempt(TimeSpan.FromHours(1), null);
        var noEnd = SpotAttempt(null, AttemptEndReason.Completed);

        Assert.Equal("end_reason", SingleError(noReason).Field);
        Assert.Equal("end_reason", SingleError(noEnd).Field);
    }

    [Fact]
    public void Validate_refuses_a_spot_interruption_of_an_on_demand_instance()
    {
        var attempt = OnDemandAttempt(TimeSpan.FromHours(1), AttemptEndReason.SpotInterruption, 3.06m);

        Assert.Equal("end_reason", SingleError(attempt).Field);
    }

    [Fact]
    public void Validate_refuses_attempt_numbers_repeated_within_a_job()
    {
        var first = SpotAttempt(TimeSpan.FromHours(1), AttemptEndReason.SpotInterruption, job: "llama", attempt: 2);
        var again = SpotAttempt(TimeSpan.FromHours(1), AttemptEndReason.Completed, job: "llama", attempt: 2, start: T0.AddHours(2));
        var otherJob = SpotAttempt(TimeSpan.FromHours(1), AttemptEndReason.Completed, job: "bert", attempt: 2);

        var error = SingleError(first, again, otherJob);

        Assert.Equal((1, "llama", 2, "attempt"), (error.Index, error.Job, error.Attempt, error.Field));
        Assert.Contains("already appears at record 0", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_refuses_bad_numbers_and_empty_names()
    {
        var attempt = SpotAttempt(TimeSpan.FromHours(1), AttemptEndReason.Completed, attempt: 0, stepsDone: 5, stepsSinceCheckpoint: 6)
            with { InstanceType = " " };

        var fields = LedgerValidator.Validate([attempt]).Select(e => e.Field).ToList();

        Assert.Equal(["instance_type", "attempt", "steps_since_checkpoint"], fields);
    }

    [Fact]
    public void EnsureValid_throws_with_every_error_in_the_message()
    {
        var attempt = SpotAttempt(TimeSpan.FromHours(1), AttemptEndReason.Completed, job: "bert", attempt: 0, stepsDone: -1);

        var error = Assert.Throws<LedgerValidationException>(() => LedgerValidator.EnsureValid([attempt]));

        Assert.Equal(2, error.Errors.Count);
        Assert.Contains("job 'bert' attempt 0: attempt: must be 1 or more", error.Message, StringComparison.Ordinal);
        Assert.Contains("job 'bert' attempt 0: steps_done: must not be negative", error.Message, StringComparison.Ordinal);
    }
}
