using System.Globalization;
using System.Text;
using Spot.Launcher.Drills;

namespace Spot.Launcher.Tests.Drills;

/// <summary>Writes a plan back as plan-file YAML, so a plan built in code can be put through the reader's rules.</summary>
internal static class DrillPlanYaml
{
    public static string Write(DrillPlan plan)
    {
        var yaml = new StringBuilder()
            .AppendLine(CultureInfo.InvariantCulture, $"name: {plan.Name}")
            .AppendLine(CultureInfo.InvariantCulture, $"description: \"{plan.Description.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal)}\"")
            .AppendLine(CultureInfo.InvariantCulture, $"expect: {DrillPlanReader.SnakeName(plan.Expect)}")
            .AppendLine("faults:");
        foreach (var fault in plan.Faults)
            yaml.AppendLine(CultureInfo.InvariantCulture, $"  - {{{string.Join(", ", Fields(fault))}}}");
        return yaml.ToString();
    }

    private static IEnumerable<string> Fields(DrillFault fault)
    {
        yield return $"kind: {fault.Name}";
        var trigger = fault.Trigger;
        if (trigger.RandomStep) yield return "at_step: random";
        if (trigger.AtStep is { } step) yield return $"at_step: {step.ToString(CultureInfo.InvariantCulture)}";
        // Percent to nine places: a share that is not a whole percent comes back different and fails the comparison.
        if (trigger.AtFraction is { } share) yield return $"at_step: {Math.Round(share * 100, 9).ToString(CultureInfo.InvariantCulture)}%";
        if (trigger.After is { } after) yield return $"after: {after.TotalSeconds.ToString(CultureInfo.InvariantCulture)}s";
        if (!DrillFaultKinds.Lasts(fault.Kind)) yield break;
        yield return $"share: {fault.Share.ToString("R", CultureInfo.InvariantCulture)}";
        yield return $"for: {fault.Duration.TotalSeconds.ToString(CultureInfo.InvariantCulture)}s";
        if (fault.Kind == DrillFaultKind.S3Errors) yield return $"status: {fault.StatusCode.ToString(CultureInfo.InvariantCulture)}";
    }
}
