namespace Spot.CostModel.Ledger;

/// <summary>
/// One attempt of a job: one instance, from launch until it went away (or until now, while it runs). Plain data
/// with no I/O, so the JSON ledger file and the launcher's SQLite store hold the same record.
/// </summary>
/// <param name="Job">The job's name.</param>
/// <param name="Attempt">The attempt number, from 1, unique within the job.</param>
/// <param name="InstanceId">The EC2 instance id, such as i-0abc123.</param>
/// <param name="InstanceType">The EC2 instance type, such as g5.xlarge.</param>
/// <param name="AvailabilityZone">The zone the instance ran in (a zone name or zone id, as the launcher saw it).</param>
/// <param name="Market">Spot or on-demand.</param>
/// <param name="PriceSegments">The prices paid over time, ordered; the first starts at <paramref name="StartedAt"/>.</param>
/// <param name="OnDemandUsdPerHour">The on-demand price of this instance type in this region, for comparison.</param>
/// <param name="StartedAt">When the instance started running (billing starts here).</param>
/// <param name="EndedAt">When the instance stopped or terminated; null while it runs.</param>
/// <param name="EndReason">Why it ended; null while it runs.</param>
/// <param name="StepsDone">Training steps the attempt ran, including any later redone.</param>
/// <param name="StepsSinceCheckpoint">Steps run after the last durable checkpoint (lost if the attempt ends).</param>
public sealed record AttemptRecord(
    string Job,
    int Attempt,
    string InstanceId,
    string InstanceType,
    string AvailabilityZone,
    Market Market,
    IReadOnlyList<PriceSegment> PriceSegments,
    decimal OnDemandUsdPerHour,
    DateTimeOffset StartedAt,
    DateTimeOffset? EndedAt,
    AttemptEndReason? EndReason,
    long StepsDone,
    long StepsSinceCheckpoint)
{
    public bool IsRunning => EndedAt is null;

    /// <summary>True when AWS took the instance back; the report counts these as interruptions.</summary>
    public bool WasInterruptedByAws => EndReason == AttemptEndReason.SpotInterruption;

    /// <summary>Compares the segments by value, so a record read back from storage equals the one written.</summary>
    public bool Equals(AttemptRecord? other) =>
        other is not null
        && Job == other.Job && Attempt == other.Attempt && InstanceId == other.InstanceId
        && InstanceType == other.InstanceType && AvailabilityZone == other.AvailabilityZone
        && Market == other.Market && PriceSegments.SequenceEqual(other.PriceSegments)
        && OnDemandUsdPerHour == other.OnDemandUsdPerHour && StartedAt == other.StartedAt
        && EndedAt == other.EndedAt && EndReason == other.EndReason
        && StepsDone == other.StepsDone && StepsSinceCheckpoint == other.StepsSinceCheckpoint;

    public override int GetHashCode() => HashCode.Combine(Job, Attempt, InstanceId, StartedAt);

    public override string ToString() => $"job '{Job}' attempt {Attempt}";
}
