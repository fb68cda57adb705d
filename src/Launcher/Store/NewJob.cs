namespace Spot.Launcher.Store;

/// <summary>What the store needs to accept a job: its validated spec (kept verbatim as YAML) and the figures the
/// daemon's guards read without parsing the spec again.</summary>
/// <param name="Name">Unique among all jobs in the store.</param>
/// <param name="SpecYaml">The job spec as submitted.</param>
/// <param name="BudgetUsd">The most the job may spend, in US dollars; more than 0.</param>
/// <param name="Deadline">When the job must be done by, if ever.</param>
/// <param name="MaxErrorRestarts">How many times a failed trainer may be restarted; 0 or more.</param>
public sealed record NewJob(string Name, string SpecYaml, decimal BudgetUsd, DateTimeOffset? Deadline, int MaxErrorRestarts)
{
    /// <exception cref="ArgumentException">Naming the field and the rule it breaks.</exception>
    public void Validate()
    {
        if (string.IsNullOrWhiteSpace(Name))
            throw new ArgumentException("The job's name must not be empty.", nameof(Name));
        if (Name.Trim() != Name)
            throw new ArgumentException($"The job's name '{Name}' must not start or end with spaces.", nameof(Name));
        if (string.IsNullOrWhiteSpace(SpecYaml))
            throw new ArgumentException($"Job '{Name}': the spec YAML must not be empty.", nameof(SpecYaml));
        if (BudgetUsd <= 0)
            throw new ArgumentException($"Job '{Name}': the budget must be more than $0, was {BudgetUsd}.", nameof(BudgetUsd));
        if (MaxErrorRestarts < 0)
            throw new ArgumentException(
                $"Job '{Name}': max error restarts must be 0 or more, was {MaxErrorRestarts}.", nameof(MaxErrorRestarts));
    }
}
