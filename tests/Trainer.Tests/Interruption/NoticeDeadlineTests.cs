using Microsoft.Extensions.Logging;
using Spot.Trainer.Interruption;
using Spot.Trainer.Tests.Support;

namespace Spot.Trainer.Tests.Interruption;

public sealed class NoticeDeadlineTests
{
    private static readonly DateTimeOffset Deadline = new(2026, 3, 2, 12, 2, 0, TimeSpan.Zero);
    private static readonly InstanceActionNotice Notice = new("terminate", Deadline, Deadline.AddMinutes(-2));

    [Fact]
    public void Checkpoint_durable_before_the_deadline_is_logged_as_beating_it_with_the_margin()
    {
        var logger = new RecordingLogger();

        var margin = NoticeDeadline.Report(Notice, 1234, Deadline.AddSeconds(-97.5), logger);

        Assert.Equal(TimeSpan.FromSeconds(97.5), margin);
        var line = Assert.Single(logger.Messages(LogLevel.Information));
        Assert.Equal("Emergency checkpoint of step 1234 became durable at 2026-03-02T12:00:22.5000000+00:00, 97.5 s before the notice deadline 2026-03-02T12:02:00.0000000+00:00: it beat the deadline", line);
    }

    [Fact]
    public void Checkpoint_durable_after_the_deadline_is_logged_as_an_error_with_how_late()
    {
        var logger = new RecordingLogger();

        var margin = NoticeDeadline.Report(Notice, 1234, Deadline.AddSeconds(3), logger);

        Assert.Equal(TimeSpan.FromSeconds(-3), margin);
        Assert.Contains("3.0 s AFTER the notice deadline", Assert.Single(logger.Messages(LogLevel.Error)), StringComparison.Ordinal);
    }
}
