using Spot.CostModel;
using Spot.CostModel.Billing;
using Spot.CostModel.Ledger;
using Spot.Launcher.Store;

namespace Spot.Launcher.Tests.Store;

public sealed class JobStoreLedgerTests : StoreTestBase
{
    private static readonly DateTimeOffset At1205 = new(2026, 3, 2, 12, 5, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset At1235 = new(2026, 3, 2, 12, 35, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset At1320 = new(2026, 3, 2, 13, 20, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset At1330 = new(2026, 3, 2, 13, 30, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset At1400 = new(2026, 3, 2, 14, 0, 0, TimeSpan.Zero);


    [Fact]
    public async Task ReadLedgerAsync_returns_the_attempts_exactly_as_written_when_two_attempts_ran()
    {
        await WriteTwoAttemptsAsync();

        var ledger = await Store.ReadLedgerAsync(Job.Id, None);

        AttemptRecord[] expected =
        [
            new("resnet", 1, "i-0first", "g5.xlarge", "us-east-1a", Market.Spot,
                [new PriceSegment(At1205, 0.3017m), new PriceSegment(At1235, 0.3120m)], 1.006m, At1205, At1320,
                AttemptEndReason.SpotInterruption, StepsDone: 1500, StepsSinceCheckpoint: 300),
            new("resnet", 2, "i-0second", "g5.xlarge", "us-east-1b", Market.OnDemand,
                [new PriceSegment(At1330, 1.006m)], 1.006m, At1330, At1400, AttemptEndReason.Completed,
                StepsDone: 800, StepsSinceCheckpoint: 0),
        ];
        Assert.Equal(expected, ledger);
        Assert.Empty(LedgerValidator.Validate(ledger));
        Assert.Equal(expected, await Store.ReadLedgerAsync(None));
    }

    [Fact]
    public async Task ReadLedgerAsync_bills_to_hand_computed_figures_when_the_biller_reads_the_stored_attempts()
    {
        await WriteTwoAttemptsAsync();

        var bills = (await Store.ReadLedgerAsync(Job.Id, None)).Select(AttemptBiller.Bill).ToList();

        // Attempt 1 ran 75 min, past the free first hour: 1800 s × 0.3017/3600 + 2700 s × 0.3120/3600 = 0.15085 + 0.234.
        Assert.Equal(0.38485m, bills[0].ChargeUsd);
        // Attempt 2: 1800 s on demand × 1.006/3600.
        Assert.Equal(0.503m, bills[1].ChargeUsd);
    }

    [Fact]
    public async Task ReadLedgerAsync_leaves_out_attempts_that_never_ran_when_a_launch_was_refused()
    {
        var attempt = await Store.CreateAttemptAsync(Job.Id, StoreTestKit.SpotAttempt(), None);
        await Store.CloseAttemptAsync(Job.Id, attempt.Attempt,
            new AttemptClosure(At1205, AttemptEndReason.SpotInterruption, null), None);

        Assert.Empty(await Store.ReadLedgerAsync(Job.Id, None));
        Assert.Equal(AttemptState.Ended, (await Store.FindAttemptAsync(Job.Id, 1, None))!.State);
    }

    [Fact]
    public async Task ReadLedgerAsync_returns_a_running_attempt_without_an_end_when_it_has_not_closed()
    {
        await StartAttemptAsync("i-0run", At1205, 0.36m, startStep: 0);

        var record = Assert.Single(await Store.ReadLedgerAsync(Job.Id, None));

        Assert.True(record.IsRunning);
        // Provisional bill as of 12:06: 60 s × 0.36/3600, which also meets the 60 s minimum.
        Assert.Equal(0.006m, AttemptBiller.BillAsOf(record, At1205.AddMinutes(1)).ChargeUsd);
    }

    [Fact]
    public async Task AppendPriceSegmentAsync_adds_nothing_and_returns_false_when_the_price_is_unchanged()
    {
        await StartAttemptAsync("i-0run", At1205, 0.3017m, startStep: 0);

        Assert.False(await Store.AppendPriceSegmentAsync(Job.Id, 1, new PriceSegment(At1235, 0.3017m), None));

        Assert.Single(Assert.Single(await Store.ReadLedgerAsync(Job.Id, None)).PriceSegments);
    }

    [Fact]
    public async Task AppendPriceSegmentAsync_throws_naming_both_instants_when_the_change_is_not_after_the_last()
    {
        await StartAttemptAsync("i-0run", At1235, 0.3017m, startStep: 0);

        var error = await Assert.ThrowsAsync<ArgumentException>(
            () => Store.AppendPriceSegmentAsync(Job.Id, 1, new PriceSegment(At1205, 0.40m), None));

        Assert.StartsWith("job 'resnet' attempt 1: a price change at 2026-03-02T12:05:00.0000000+00:00 must come after " +
            "the one in effect from 2026-03-02T12:35:00.0000000+00:00.", error.Message);
    }

    [Fact]
    public async Task CloseAttemptAsync_throws_the_ledger_rule_and_keeps_the_attempt_running_when_it_ends_before_it_started()
    {
        await StartAttemptAsync("i-0run", At1235, 0.3017m, startStep: 0);

        var error = await Assert.ThrowsAsync<LedgerValidationException>(() => Store.CloseAttemptAsync(Job.Id, 1,
            new AttemptClosure(At1205, AttemptEndReason.UserTerminated, null), None));

        Assert.Equal("ended_at", Assert.Single(error.Errors).Field);
        Assert.Equal(AttemptState.Running, (await Store.FindAttemptAsync(Job.Id, 1, None))!.State);
    }

    [Fact]
    public async Task CloseAttemptAsync_throws_naming_the_first_end_when_a_closed_attempt_is_closed_differently()
    {
        await StartAttemptAsync("i-0run", At1205, 0.3017m, startStep: 0);
        var closure = new AttemptClosure(At1320, AttemptEndReason.Completed, 0);
        var first = await Store.CloseAttemptAsync(Job.Id, 1, closure, None);

        var repeat = await Store.CloseAttemptAsync(Job.Id, 1, closure, None);
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => Store.CloseAttemptAsync(Job.Id, 1,
            closure with { Reason = AttemptEndReason.Failed }, None));

        Assert.Equal(first, repeat);
        Assert.Equal("job 'resnet' attempt 1 already ended at 2026-03-02T13:20:00.0000000+00:00 (Completed); " +
            "it cannot end again.", error.Message);
    }

    private async Task WriteTwoAttemptsAsync()
    {
        await StartAttemptAsync("i-0first", At1205, 0.3017m, startStep: 0);
        await Store.AppendPriceSegmentAsync(Job.Id, 1, new PriceSegment(At1235, 0.3120m), None);
        await Store.RecordProgressAsync(Job.Id, 1, step: 1500, lastDurableStep: 1200, None);
        await Store.CloseAttemptAsync(Job.Id, 1, new AttemptClosure(At1320, AttemptEndReason.SpotInterruption, 75), None);

        await Store.CreateAttemptAsync(Job.Id,
            new NewAttempt("g5.xlarge", "us-east-1b", "us-east-1", Market.OnDemand, null, 1.006m, StartStep: 1200), None);
        await Store.MarkAttemptLaunchedAsync(Job.Id, 2, "i-0second", None);
        await Store.MarkAttemptRunningAsync(Job.Id, 2, At1330, 1.006m, None);
        await Store.RecordProgressAsync(Job.Id, 2, step: 2000, lastDurableStep: 2000, None);
        await Store.CloseAttemptAsync(Job.Id, 2, new AttemptClosure(At1400, AttemptEndReason.Completed, 0), None);
    }

    private async Task StartAttemptAsync(string instanceId, DateTimeOffset startedAt, decimal usdPerHour, long startStep)
    {
        var attempt = await Store.CreateAttemptAsync(Job.Id, StoreTestKit.SpotAttempt(startStep), None);
        await Store.MarkAttemptLaunchedAsync(Job.Id, attempt.Attempt, instanceId, None);
        await Store.MarkAttemptRunningAsync(Job.Id, attempt.Attempt, startedAt, usdPerHour, None);
    }
}
