using Spot.Launcher.Jobs.Spec;
using Spot.Launcher.Store;

namespace Spot.Launcher.Cli.Jobs;

/// <summary>Reads a job spec file and stores it as a new Pending job; the daemon takes it from there.</summary>
internal static class JobSubmission
{
    /// <param name="renameIfTaken">`spot run` re-runs a spec under name-2, name-3, ...; `spot submit` refuses a taken name.</param>
    /// <exception cref="JobSpecException">The spec breaks a rule; every problem is listed.</exception>
    /// <exception cref="JobNameTakenException">The name is taken and renaming was not asked for.</exception>
    public static async Task<(JobRecord Job, JobSpec Spec)> SubmitAsync(IJobStore store, string specPath, DateTimeOffset now,
        bool renameIfTaken, CancellationToken cancellationToken)
    {
        var spec = await JobSpecReader.ReadFileAsync(specPath, cancellationToken);
        var yaml = await File.ReadAllTextAsync(specPath, cancellationToken);
        var deadline = spec.Deadline?.ResolveAt(now);
        var name = spec.Name;
        for (var n = 2; ; n++)
        {
            try
            {
                var job = await store.CreateJobAsync(new NewJob(name, yaml, spec.BudgetUsd, deadline, spec.MaxRestarts), cancellationToken);
                return (job, spec);
            }
            catch (JobNameTakenException) when (renameIfTaken && n < 10_000)
            {
                name = $"{spec.Name}-{n}";
            }
        }
    }
}
