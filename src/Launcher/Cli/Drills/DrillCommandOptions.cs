using System.CommandLine;
using Spot.Launcher.Cli.Jobs;
using Spot.Launcher.Cli.Prices;

namespace Spot.Launcher.Cli.Drills;

/// <summary>The arguments of `spot drill`. Values that need more than a parse (ranges, files) are checked by
/// <see cref="DrillRequestReader"/>, so every rule is reported at once.</summary>
internal sealed class DrillCommandOptions
{
    public const int MaxRepeat = 10_000;

    public Argument<string> Spec { get; } = new("job-spec") { Description = "The job spec (YAML) to drill." };

    public Option<string?> Plan { get; } = new("--plan")
    {
        Description = "A built-in plan's name or a plan file (YAML); without it each run gets a random plan drawn from its seed.",
        HelpName = "NAME|FILE",
    };

    public Option<int?> Seed { get; } = CliValues.Number("--seed", "The seed of the first run, run i using seed + i; default 1", 0, minimumAllowed: true);

    public Option<int?> Repeat { get; } = CliValues.Number("--repeat", $"How many drills to run, at most {MaxRepeat}; default 1", 1, minimumAllowed: true);

    public Option<string?> Timeout { get; } = new("--timeout")
    {
        Description = "The longest one drill may take, its reference run included, such as 90s or 5m (default 5m).",
        HelpName = "DURATION",
    };

    public Option<OutputFormat> Format { get; } = OutputFormatOption.Create();

    /// <summary>--profile and --config only: a drill keeps its store in a scratch folder, so --store is not offered.</summary>
    public CloudArguments Cloud { get; } = new();

    public void AddTo(Command command)
    {
        command.Arguments.Add(Spec);
        foreach (var option in new Option[] { Plan, Seed, Repeat, Timeout, Format, Cloud.Profile, Cloud.ConfigFiles })
            command.Options.Add(option);
    }
}
