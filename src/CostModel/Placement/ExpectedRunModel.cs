namespace Spot.CostModel.Placement;

/// <summary>
/// The expected-time model behind placement. With work W, hazard λ, checkpoint interval τ, checkpoint cost C and
/// restart overhead R:
/// <list type="bullet">
/// <item>writing checkpoints stretches the work to W' = W·(1 + C/τ);</item>
/// <item>an interruption lands on average halfway through an interval, losing τ/2 of work, and costs R to restart;</item>
/// <item>interruptions arrive at rate λ over the whole wall time T, so N = λ·T and T = W' + N·(R + τ/2), giving
/// T = W' / (1 − λ·(R + τ/2)) and N = λ·W' / (1 − λ·(R + τ/2)).</item>
/// </list>
/// It diverges when λ·(R + τ/2) ≥ 1: each interruption then costs, on average, at least the time between
/// interruptions, so the job is not expected to finish at all. An interval longer than the work is cut to the
/// work, since no more than that can be lost.
/// </summary>
public static class ExpectedRunModel
{
    /// <summary>Uninterrupted capacity: the wall time is the work.</summary>
    public static ExpectedRun Uninterrupted(double workHours) => new(workHours, 0, 0, 0, 0, null);

    /// <summary>False when the expectation diverges (see the type's remarks).</summary>
    public static bool TryEstimate(
        double workHours, double hazardPerHour, double intervalHours, double checkpointCostHours, double restartHours, out ExpectedRun run)
    {
        if (hazardPerHour <= 0)
        {
            run = Uninterrupted(workHours);
            return true;
        }

        var tau = Math.Min(intervalHours, workHours);
        var stretchedWork = workHours * (1 + (checkpointCostHours / tau));
        var lossPerInterruption = restartHours + (tau / 2);
        var headroom = 1 - (hazardPerHour * lossPerInterruption);
        if (headroom <= 0)
        {
            run = Uninterrupted(workHours);
            return false;
        }

        var interruptions = hazardPerHour * stretchedWork / headroom;
        run = new ExpectedRun(
            WorkHours: workHours,
            CheckpointWriteHours: stretchedWork - workHours,
            Interruptions: interruptions,
            LostWorkHours: interruptions * tau / 2,
            RestartHours: interruptions * restartHours,
            CheckpointIntervalHours: tau);
        return true;
    }
}
