namespace Spot.Launcher.Jobs.Spec;

/// <summary>
/// When the job must be done: a fixed instant, or a span counted from submission. Exactly one is set.
/// </summary>
public sealed record DeadlineSpec(DateTimeOffset? At, TimeSpan? After)
{
    public static DeadlineSpec Instant(DateTimeOffset at) => new(at, null);

    public static DeadlineSpec FromSubmission(TimeSpan after) => new(null, after);

    /// <summary>The deadline as an instant for a job submitted at <paramref name="submittedAt"/>.</summary>
    /// <exception cref="JobSpecException">A fixed deadline that is not after the submission.</exception>
    public DateTimeOffset ResolveAt(DateTimeOffset submittedAt)
    {
        var deadline = At ?? submittedAt + (After ?? throw new InvalidOperationException("a deadline sets either an instant or a span"));
        if (deadline <= submittedAt)
        {
            throw new JobSpecException("job spec", [new JobSpecProblem(
                "deadline", $"{deadline:O} has already passed at submission ({submittedAt:O})")]);
        }

        return deadline;
    }
}
