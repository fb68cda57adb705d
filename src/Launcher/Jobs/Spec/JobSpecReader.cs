using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Spot.Launcher.Jobs.Spec;

/// <summary>
/// Reads a YAML job spec and checks every rule, collecting all problems into one <see cref="JobSpecException"/>:
/// unknown keys (with the nearest known key), wrong types, bad values and fields that contradict each other, each
/// named by its path and, where the parser gives it, its line.
/// </summary>
public static partial class JobSpecReader
{
    private static readonly string[] RootKeys =
    [
        "name", "trainer", "resources", "placement", "market", "bid_ceiling", "budget_usd", "deadline", "checkpoint",
        "max_restarts", "work_hours",
    ];

    /// <exception cref="JobSpecException">The file cannot be read, or the spec in it breaks any rule.</exception>
    public static async Task<JobSpec> ReadFileAsync(string path, CancellationToken cancellationToken)
    {
        string yaml;
        try
        {
            yaml = await File.ReadAllTextAsync(path, cancellationToken);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new JobSpecException(path, [new JobSpecProblem("", $"cannot read the file: {e.Message}")]);
        }

        return Read(yaml, path);
    }

    /// <param name="source">Names the spec in the error message, usually its file path.</param>
    /// <exception cref="JobSpecException">The spec breaks any rule.</exception>
    public static JobSpec Read(string yaml, string source = "job spec")
    {
        var problems = new SpecProblems();
        var spec = Parse(yaml, problems) is { } root ? Build(SpecMap.Open(root, "", problems, RootKeys)) : null;
        if (problems.Any || spec is null)
            throw new JobSpecException(source, problems.Items);
        return spec;
    }

    private static YamlNode? Parse(string yaml, SpecProblems problems)
    {
        var stream = new YamlStream();
        var parser = new TrackingParser(new StringReader(yaml));
        try
        {
            stream.Load(parser);
        }
        catch (YamlException e)
        {
            // The parser's own message starts with its position, which the problem already carries.
            problems.Add("", $"not valid YAML: {e.InnerException?.Message ?? StripPosition(e.Message)}", e.Start);
            return null;
        }
        catch (InvalidOperationException)
        {
            problems.Add("", "not valid YAML: malformed after this point (an unclosed bracket, brace or quote?)", parser.LastGoodEnd);
            return null;
        }

        if (stream.Documents.Count != 1 || YamlText.IsNull(stream.Documents[0].RootNode))
        {
            problems.Add("", stream.Documents.Count > 1 ? $"holds {stream.Documents.Count} YAML documents; a spec is one" : "is empty", (Mark?)null);
            return null;
        }

        return stream.Documents[0].RootNode;
    }

    private static JobSpec Build(SpecMap root)
    {
        var name = root.Text("name", required: true);
        if (name is not null && !DnsLabel().IsMatch(name))
            root.Fail("name", $"'{name}' must be 1-63 lowercase letters, digits or hyphens, starting with a letter and not ending with a hyphen");

        var market = LimitsSectionReader.ReadMarket(root);
        var spec = new JobSpec(
            name ?? "",
            TrainerSectionReader.Read(root),
            ResourcesSectionReader.ReadResources(root),
            ResourcesSectionReader.ReadPlacement(root),
            market,
            LimitsSectionReader.ReadBidCeiling(root, market),
            LimitsSectionReader.ReadBudget(root),
            LimitsSectionReader.ReadDeadline(root),
            CheckpointSectionReader.Read(root),
            (int)(root.WholeNumber("max_restarts", NumberRange.Between(0, 100)) ?? SpecDefaults.MaxRestarts),
            (double?)root.Number("work_hours", NumberRange.AboveZeroUpTo(100_000)));
        return spec;
    }

    private static string StripPosition(string message)
    {
        var close = message.IndexOf("): ", StringComparison.Ordinal);
        return message.StartsWith('(') && close > 0 ? message[(close + 3)..] : message;
    }

    // Names become tags, S3 prefixes and host-like identifiers, so they follow DNS label rules.
    [GeneratedRegex("^[a-z]([a-z0-9-]{0,61}[a-z0-9])?$")]
    private static partial Regex DnsLabel();
}
