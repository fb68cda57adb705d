namespace Spot.CostModel.Placement;

/// <summary>
/// Expected wall-clock hours to finish a job in one pool, split into what they are spent on. Checkpoint interval is
/// null where no checkpoints are planned (on-demand, or a pool with no interruptions).
/// </summary>
public sealed record ExpectedRun(
    double WorkHours,
    double CheckpointWriteHours,
    double Interruptions,
    double LostWorkHours,
    double RestartHours,
    double? CheckpointIntervalHours)
{
    public double WallHours => WorkHours + CheckpointWriteHours + LostWorkHours + RestartHours;
}
