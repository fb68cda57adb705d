namespace Spot.Launcher.Jobs.Spec;

/// <summary>
/// A job spec that breaks one or more rules. It carries every problem found, not just the first, so a user fixes
/// the whole file in one pass.
/// </summary>
public sealed class JobSpecException : Exception
{
    public JobSpecException(string source, IReadOnlyList<JobSpecProblem> problems)
        : base(Describe(source, problems))
    {
        SpecSource = source;
        Problems = problems;
    }

    public JobSpecException()
        : this("job spec", [])
    {
    }

    public JobSpecException(string message)
        : this("job spec", [new JobSpecProblem("", message)])
    {
    }

    public JobSpecException(string message, Exception innerException)
        : base(message, innerException)
    {
        SpecSource = "job spec";
        Problems = [new JobSpecProblem("", message)];
    }

    /// <summary>The file or name the spec came from.</summary>
    public string SpecSource { get; }

    public IReadOnlyList<JobSpecProblem> Problems { get; }

    private static string Describe(string source, IReadOnlyList<JobSpecProblem> problems)
    {
        var count = problems.Count == 1 ? "1 problem" : $"{problems.Count} problems";
        return $"{source} is not a valid job spec ({count}):" + string.Concat(problems.Select(p => $"{Environment.NewLine}  - {p}"));
    }
}
