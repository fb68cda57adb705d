using Microsoft.Extensions.Logging;

namespace Spot.Trainer.Interruption;

/// <summary>After the emergency checkpoint is durable: did it beat the time in the notice, and by how much?</summary>
public static class NoticeDeadline
{
    /// <returns>The margin: positive when the checkpoint became durable before the notice's time, negative when after.</returns>
    public static TimeSpan Report(InstanceActionNotice notice, long step, DateTimeOffset durableAt, ILogger logger)
    {
        var margin = notice.Time - durableAt;
        if (margin >= TimeSpan.Zero)
            Log.DeadlineBeaten(logger, step, durableAt, margin.TotalSeconds, notice.Time);
        else
            Log.DeadlineMissed(logger, step, durableAt, -margin.TotalSeconds, notice.Time);
        return margin;
    }
}
