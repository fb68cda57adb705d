using System.Globalization;
using Spot.Launcher.Jobs.Spec;
using Spot.Launcher.Jobs.State;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Spot.Launcher.Drills;

/// <summary>
/// Reads a drill plan from YAML. Unknown keys are errors rather than ignored, because a misspelt trigger would
/// otherwise turn a drill into one that injects nothing and passes. Every problem names its field.
/// </summary>
public static class DrillPlanReader
{
    private static readonly string[] PlanKeys = ["name", "description", "expect", "faults"];
    private static readonly string[] FaultKeys = ["kind", "at_step", "after", "share", "for", "status"];

    public static DrillPlan Read(string yaml)
    {
        var problems = new List<string>();
        var root = Load(yaml);
        CheckKeys(root, PlanKeys, "", problems);
        var name = Scalar(root, "name", "", problems, required: true) ?? "";
        var description = Scalar(root, "description", "", problems, required: false) ?? "";
        var expect = ReadExpect(Scalar(root, "expect", "", problems, required: false), problems);
        var faults = new List<DrillFault>();
        if (!root.Children.TryGetValue(new YamlScalarNode("faults"), out var list) || list is not YamlSequenceNode { Children.Count: > 0 } sequence)
            problems.Add("faults: must be a non-empty list of faults");
        else
        {
            for (var i = 0; i < sequence.Children.Count; i++)
            {
                var path = $"faults[{i}].";
                if (sequence.Children[i] is YamlMappingNode fault)
                    faults.Add(ReadFault(fault, path, problems));
                else
                    problems.Add($"faults[{i}]: must be a mapping with at least 'kind'");
            }
        }

        if (problems.Count > 0) throw new DrillPlanException(problems);
        return new DrillPlan(name, description, faults, expect);
    }

    public static async Task<DrillPlan> ReadFileAsync(string path, CancellationToken cancellationToken)
    {
        if (!File.Exists(path)) throw new DrillPlanException($"--plan: '{path}' is neither a built-in plan nor an existing file");
        return Read(await File.ReadAllTextAsync(path, cancellationToken));
    }

    private static YamlMappingNode Load(string yaml)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (YamlException e)
        {
            throw new DrillPlanException($"plan: not valid YAML at line {e.Start.Line}: {e.Message}");
        }

        return stream.Documents.Count == 1 && stream.Documents[0].RootNode is YamlMappingNode root
            ? root
            : throw new DrillPlanException("plan: must be one YAML mapping with 'name' and 'faults'");
    }

    private static JobState ReadExpect(string? text, List<string> problems)
    {
        if (text is null) return JobState.Succeeded;
        var match = DrillPlan.Expectable.FirstOrDefault(s => string.Equals(SnakeName(s), text, StringComparison.Ordinal));
        if (match != default) return match;
        problems.Add($"expect: '{text}' is not one of {string.Join(", ", DrillPlan.Expectable.Select(SnakeName))}");
        return JobState.Succeeded;
    }

    /// <summary>BudgetExhausted as plan files spell it: budget_exhausted.</summary>
    public static string SnakeName(JobState state) =>
        string.Concat(state.ToString().Select((c, i) => char.IsUpper(c) && i > 0 ? "_" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));

    private static DrillFault ReadFault(YamlMappingNode node, string path, List<string> problems)
    {
        CheckKeys(node, FaultKeys, path, problems);
        var kindText = Scalar(node, "kind", path, problems, required: true);
        var kind = DrillFaultKind.InterruptWithNotice;
        if (kindText is not null && !DrillFaultKinds.TryParse(kindText, out kind))
            problems.Add($"{path}kind: '{kindText}' is not one of {string.Join(", ", DrillFaultKinds.Names)}");

        var trigger = ReadTrigger(node, path, problems);
        var shareText = Scalar(node, "share", path, problems, required: false);
        var forText = Scalar(node, "for", path, problems, required: false);
        var statusText = Scalar(node, "status", path, problems, required: false);
        if (!DrillFaultKinds.Lasts(kind))
        {
            foreach (var (key, text) in new[] { ("share", shareText), ("for", forText), ("status", statusText) })
                if (text is not null) problems.Add($"{path}{key}: only ec2_throttle and s3_errors take it");
            return new DrillFault(kind, trigger);
        }

        var share = 0.0;
        if (shareText is null || !double.TryParse(shareText, NumberStyles.Float, CultureInfo.InvariantCulture, out share) || !(share is > 0 and <= 1))
            problems.Add($"{path}share: required, a number above 0 and at most 1 (the share of calls that fail)");
        var duration = forText is null ? null : DurationText.Parse(forText);
        if (duration is not { TotalSeconds: > 0 })
            problems.Add($"{path}for: required, how long the fault stays on, as {DurationText.Form}");
        var status = 503;
        if (statusText is not null && (kind != DrillFaultKind.S3Errors || !int.TryParse(statusText, NumberStyles.None, CultureInfo.InvariantCulture, out status) || status is not (500 or 503)))
            problems.Add($"{path}status: only s3_errors takes it, and it must be 500 or 503");
        return new DrillFault(kind, trigger, share, duration ?? TimeSpan.Zero, status);
    }

    private static DrillTrigger ReadTrigger(YamlMappingNode node, string path, List<string> problems)
    {
        var stepText = Scalar(node, "at_step", path, problems, required: false);
        var afterText = Scalar(node, "after", path, problems, required: false);
        if (stepText is not null && afterText is not null)
        {
            problems.Add($"{path}at_step/after: give one trigger, not both");
            return DrillTrigger.AfterPrevious;
        }
        if (stepText == "random") return new DrillTrigger(null, true, null);
        if (stepText is not null && stepText.EndsWith('%'))
        {
            if (double.TryParse(stepText[..^1], NumberStyles.Float, CultureInfo.InvariantCulture, out var percent) && percent is > 0 and < 100)
                return new DrillTrigger(null, false, null, percent / 100);
            problems.Add($"{path}at_step: '{stepText}' must be a share of the job's steps above 0% and below 100%");
            return DrillTrigger.AfterPrevious;
        }
        if (stepText is not null)
        {
            if (long.TryParse(stepText, NumberStyles.None, CultureInfo.InvariantCulture, out var step)) return new DrillTrigger(step, false, null);
            problems.Add($"{path}at_step: '{stepText}' must be a whole number of steps (0 or more), a share such as 30%, or 'random'");
        }
        if (afterText is not null)
        {
            if (DurationText.Parse(afterText) is { } after) return new DrillTrigger(null, false, after);
            problems.Add($"{path}after: '{afterText}' must be {DurationText.Form}");
        }
        return DrillTrigger.AfterPrevious;
    }

    private static void CheckKeys(YamlMappingNode node, string[] allowed, string path, List<string> problems)
    {
        foreach (var key in node.Children.Keys)
        {
            var text = (key as YamlScalarNode)?.Value ?? key.ToString();
            if (!allowed.Contains(text, StringComparer.Ordinal))
                problems.Add($"{path}{text}: unknown key; allowed here: {string.Join(", ", allowed)}");
        }
    }

    private static string? Scalar(YamlMappingNode node, string key, string path, List<string> problems, bool required)
    {
        if (!node.Children.TryGetValue(new YamlScalarNode(key), out var value))
        {
            if (required) problems.Add($"{path}{key}: required");
            return null;
        }
        if (value is YamlScalarNode { Value: { Length: > 0 } text }) return text.Trim();
        problems.Add($"{path}{key}: must be a single non-empty value");
        return null;
    }
}
