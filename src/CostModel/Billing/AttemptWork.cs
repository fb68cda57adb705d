using Spot.CostModel.Ledger;

namespace Spot.CostModel.Billing;

/// <summary>
/// What an attempt's compute bought. Steps run after the last durable checkpoint are lost when an attempt ends
/// without completing the job (an interruption by AWS, a stop, a failure, the budget or the deadline), and the next
/// attempt redoes them. The waste is pro rata by steps: <c>charge × lost steps / steps done</c>. The same split gives
/// the surviving share of the running time: <c>seconds used × surviving steps / steps done</c>. An attempt that ran
/// no steps wasted no steps and kept no time; its charge is spend but not redone work.
/// </summary>
/// <param name="Bill">The attempt's bill.</param>
/// <param name="LostSteps">Steps a resume must redo: 0 while running or when the attempt completed the job.</param>
public sealed record AttemptWork(AttemptBill Bill, long LostSteps)
{
    public AttemptRecord Attempt => Bill.Attempt;

    public long SurvivingSteps => Attempt.StepsDone - LostSteps;

    /// <summary>The share of the charge that paid for the lost steps.</summary>
    public decimal WastedUsd => Share(Bill.ChargeUsd, LostSteps);

    /// <summary>The share of the seconds used that produced surviving steps (full precision, not whole seconds).</summary>
    public decimal SurvivingSeconds => Share(Bill.UsedSeconds, SurvivingSteps);

    public static AttemptWork Of(AttemptBill bill)
    {
        var attempt = bill.Attempt;
        var endsTheWork = attempt.EndReason is { } reason && reason != AttemptEndReason.Completed;
        return new AttemptWork(bill, endsTheWork ? attempt.StepsSinceCheckpoint : 0);
    }

    private decimal Share(decimal whole, long steps) =>
        Attempt.StepsDone == 0 ? 0m : whole * steps / Attempt.StepsDone;
}
