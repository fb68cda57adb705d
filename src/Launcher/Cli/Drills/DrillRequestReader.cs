using System.CommandLine;
using Spot.Launcher.Cloud;
using Spot.Launcher.Daemon.Hosting;
using Spot.Launcher.Drills;
using Spot.Launcher.Drills.LocalStack;
using Spot.Launcher.Jobs.Spec;

namespace Spot.Launcher.Cli.Drills;

/// <summary>Checks every argument of `spot drill` and reports each problem with the argument's name and rule, all at once.</summary>
internal static class DrillRequestReader
{
    /// <returns>The request, or null with <paramref name="problems"/> filled.</returns>
    public static async Task<DrillRequest?> ReadAsync(ParseResult parse, DrillCommandOptions options, List<string> problems, CancellationToken cancellationToken)
    {
        if (DrillProfiles.RefusalFor(parse.GetValue(options.Cloud.Profile)) is { } refusal)
        {
            problems.Add(refusal);
            return null;
        }

        var settings = options.Cloud.Resolve(parse, problems);
        var seed = parse.GetValue(options.Seed) ?? 1;
        var repeat = parse.GetValue(options.Repeat) ?? 1;
        if (repeat > DrillCommandOptions.MaxRepeat)
            problems.Add($"--repeat: must be at most {DrillCommandOptions.MaxRepeat} (got {repeat})");
        else if ((long)seed + repeat - 1 > int.MaxValue)
            problems.Add($"--seed: runs use seeds {seed} to {(long)seed + repeat - 1}, which must stay at most {int.MaxValue}");
        var timeout = ReadTimeout(parse.GetValue(options.Timeout), problems);
        var (specPath, specYaml) = await ReadSpecAsync(parse.GetValue(options.Spec)!, problems, cancellationToken);
        var plan = await ReadPlanAsync(parse.GetValue(options.Plan), problems, cancellationToken);
        var localStack = settings?.Cloud.Profile == CloudProfile.LocalStack ? settings.Cloud.LocalStackEndpoint : null;
        if (localStack is not null && plan is not null && LocalStackPlans.SkipReasonFor(plan) is { } why)
            problems.Add($"--plan: '{plan.Name}' cannot run on --profile localstack: {why}; the plans that can are {string.Join(", ", LocalStackPlans.EmulatedBuiltIns)}");
        if (problems.Count > 0 || settings is null) return null;

        return new DrillRequest(specPath, specYaml!, plan, seed, repeat, timeout, parse.GetValue(options.Format), () => Fresh(parse, options), localStack);
    }

    private static SpotSettings Fresh(ParseResult parse, DrillCommandOptions options)
    {
        var problems = new List<string>();
        return options.Cloud.Resolve(parse, problems)
               ?? throw new InvalidOperationException("The settings no longer resolve: " + string.Join("; ", problems));
    }

    private static TimeSpan ReadTimeout(string? text, List<string> problems)
    {
        var fallback = new DrillOptions().Limit;
        if (text is null) return fallback;
        if (DurationText.Parse(text) is { TotalSeconds: > 0 } timeout) return timeout;
        problems.Add($"--timeout: '{text}' must be a duration above zero, as {DurationText.Form}");
        return fallback;
    }

    private static async Task<(string Path, string? Yaml)> ReadSpecAsync(string argument, List<string> problems, CancellationToken cancellationToken)
    {
        var path = Path.GetFullPath(argument);
        if (!File.Exists(path))
        {
            problems.Add($"job-spec: '{path}' does not exist");
            return (path, null);
        }
        try
        {
            await JobSpecReader.ReadFileAsync(path, cancellationToken);
            return (path, await File.ReadAllTextAsync(path, cancellationToken));
        }
        catch (JobSpecException e)
        {
            problems.AddRange(e.Problems.Select(p => $"job-spec {path}: {p}"));
            return (path, null);
        }
    }

    private static async Task<DrillPlan?> ReadPlanAsync(string? plan, List<string> problems, CancellationToken cancellationToken)
    {
        if (plan is null) return null;
        if (BuiltInDrillPlans.TryGet(plan, out var builtIn)) return builtIn;
        var isFile = File.Exists(plan);
        try
        {
            return await DrillPlanReader.ReadFileAsync(plan, cancellationToken);
        }
        catch (DrillPlanException e)
        {
            // A file's problems name their fields inside it; a name that is neither gets the list of names instead.
            problems.AddRange(e.Problems.Select(p => isFile ? $"--plan {plan}: {p}" : p));
            if (!isFile) problems.Add($"--plan: the built-in plans are {string.Join(", ", BuiltInDrillPlans.Names)}");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            problems.Add($"--plan: cannot read '{plan}': {e.Message}");
        }
        return null;
    }
}
