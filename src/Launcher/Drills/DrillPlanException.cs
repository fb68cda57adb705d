namespace Spot.Launcher.Drills;

/// <summary>A drill plan that cannot be used; each problem names the field and the rule it breaks.</summary>
public sealed class DrillPlanException : Exception
{
    public DrillPlanException()
        : this([])
    {
    }

    public DrillPlanException(string message)
        : this([message])
    {
    }

    public DrillPlanException(string message, Exception innerException)
        : base(message, innerException)
    {
        Problems = [message];
    }

    public DrillPlanException(IReadOnlyList<string> problems)
        : base(problems.Count == 0 ? "The drill plan is not valid." : "The drill plan is not valid: " + string.Join("; ", problems))
    {
        Problems = problems;
    }

    public IReadOnlyList<string> Problems { get; }
}
