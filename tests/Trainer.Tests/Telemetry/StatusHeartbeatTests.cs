using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using Spot.Contracts.Status;
using Spot.Trainer.Checkpoints;
using Spot.Trainer.Telemetry;
using Spot.Trainer.Tests.Support;

namespace Spot.Trainer.Tests.Telemetry;

public sealed class StatusHeartbeatTests : IAsyncDisposable
{
    private static readonly TimeSpan Every = TimeSpan.FromSeconds(5);
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 20, 12, 0, 0, TimeSpan.Zero));
    private readonly RecordingTelemetrySink _sink = new();
    private readonly RecordingLogger _logger = new();
    private readonly StatusHeartbeat _heartbeat;

    public StatusHeartbeatTests()
    {
        _heartbeat = new StatusHeartbeat(_sink, new StatusIdentity("job-9", "attempt-3", 0, 1000, "bf16"), Every, _time, _logger);
    }

    public ValueTask DisposeAsync() => _heartbeat.DisposeAsync();

    private static TrainerStatus Parse((string Name, byte[] Content) put)
    {
        Assert.Equal(TrainerStatusLayout.ObjectName, put.Name);
        return JsonSerializer.Deserialize<TrainerStatus>(put.Content)!;
    }

    /// <summary>Started, its first status written and read, and the loop begun at <paramref name="step"/>.</summary>
    private async Task StartedAsync(long step)
    {
        await _heartbeat.StartAsync(CancellationToken.None);
        await _sink.NextAsync();
        _heartbeat.OnStart(step);
    }

    private static StepReport Step(long step, double loss = 0.5, double scale = 4096) =>
        new(step, 1000, Epoch: 2, loss, LearningRate: 1e-3, scale, Applied: true);

    [Fact]
    public async Task Start_writes_a_starting_status_at_once()
    {
        await _heartbeat.StartAsync(CancellationToken.None);

        var status = Parse(await _sink.NextAsync());

        Assert.Equal(
            new TrainerStatus("job-9", 0, TrainerStates.Starting, 0, 1000, 0, null, 0, null, "bf16", null, null, _time.GetUtcNow(), "attempt-3"),
            status);
    }

    [Fact]
    public async Task A_loop_resuming_at_a_step_reports_that_step_as_durable_before_its_first_step()
    {
        await StartedAsync(100);

        await _heartbeat.CompleteAsync(TrainerStates.Preempted, CancellationToken.None);
        var status = Parse(await _sink.NextAsync());

        Assert.Equal((TrainerStates.Preempted, 100L, (long?)100), (status.State, status.Step, status.LastDurableStep));
    }

    [Fact]
    public async Task Each_interval_writes_the_latest_step_loss_scale_durable_step_and_the_rate_since_the_loop_began()
    {
        await StartedAsync(100);

        for (long step = 101; step <= 150; step++)
            _heartbeat.OnStep(Step(step, loss: 0.25, scale: 2048));
        _heartbeat.OnCheckpointDurable(new DurableCheckpoint(140, "step-0000000140", TimeSpan.FromSeconds(1)));
        _time.Advance(Every);
        var status = Parse(await _sink.NextAsync());

        // 50 steps (100 -> 150) in 5 s: 10 steps/s.
        Assert.Equal(
            new TrainerStatus("job-9", 0, TrainerStates.Training, 150, 1000, 2, 0.25, 10, 140, "bf16", 2048, null, _time.GetUtcNow(), "attempt-3"),
            status);
    }

    [Fact]
    public async Task A_stall_before_the_final_status_lowers_the_rate_by_its_share_of_the_attempt_and_no_more()
    {
        await StartedAsync(0);
        for (long step = 1; step <= 100; step++)
            _heartbeat.OnStep(Step(step));
        _time.Advance(Every);
        Assert.Equal(20, Parse(await _sink.NextAsync()).StepsPerSecond);

        // An emergency checkpoint: no step for one interval, then the final status. One heartbeat's window would read 0.
        _time.Advance(Every);
        await _sink.NextAsync();
        await _heartbeat.CompleteAsync(TrainerStates.Preempted, CancellationToken.None);

        // 100 steps in the attempt's 10 s: 10 steps/s.
        Assert.Equal(10, Parse(await _sink.NextAsync()).StepsPerSecond);
    }

    [Fact]
    public async Task A_failed_heartbeat_is_logged_and_the_next_one_is_written()
    {
        await StartedAsync(0);
        _sink.FailNext(1);

        _heartbeat.OnStep(Step(10));
        _time.Advance(Every); // this write fails
        // A periodic timer folds a tick that comes before the previous one was taken into it: let this one be taken first.
        await Until.TrueAsync(() => _logger.Messages(LogLevel.Warning).Any(), "the failed heartbeat to be logged");
        _heartbeat.OnStep(Step(20));
        _time.Advance(Every);
        var status = Parse(await _sink.NextAsync());

        Assert.Equal(20, status.Step);
        Assert.Contains("Status heartbeat to recording://sink/ failed: bucket unreachable; training goes on and the next heartbeat tries again",
            _logger.Messages(LogLevel.Warning));
    }

    [Fact]
    public async Task Complete_writes_the_final_state_and_stops_the_timer()
    {
        await StartedAsync(0);
        _heartbeat.OnStep(Step(1000));
        _heartbeat.OnEvaluated(1000, 0.875);
        _heartbeat.OnCheckpointDurable(new DurableCheckpoint(1000, "step-0000001000", TimeSpan.FromSeconds(1)));

        await _heartbeat.CompleteAsync(TrainerStates.Finished, CancellationToken.None);
        var final = Parse(await _sink.NextAsync());
        _time.Advance(Every * 3);

        Assert.Equal((TrainerStates.Finished, 1000L, (long?)1000, (double?)0.875), (final.State, final.Step, final.LastDurableStep, final.TestAccuracy));
        Assert.Equal(2, _sink.Puts.Count);
    }

    [Fact]
    public async Task A_durable_event_that_arrives_late_never_moves_the_durable_step_back()
    {
        await StartedAsync(0);

        _heartbeat.OnCheckpointDurable(new DurableCheckpoint(200, "step-0000000200", TimeSpan.Zero));
        _heartbeat.OnCheckpointDurable(new DurableCheckpoint(100, "step-0000000100", TimeSpan.Zero));
        await _heartbeat.CompleteAsync(TrainerStates.Preempted, CancellationToken.None);

        Assert.Equal(200, Parse(await _sink.NextAsync()).LastDurableStep);
    }

    [Fact]
    public void A_non_positive_interval_is_refused_naming_the_argument()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() =>
            new StatusHeartbeat(_sink, new StatusIdentity("job", null, 0, 1, "fp32"), TimeSpan.Zero, _time, _logger));

        Assert.Equal("every", error.ParamName);
    }
}
