using System.Globalization;
using System.Text.RegularExpressions;

namespace Spot.Launcher.Jobs.Spec;

/// <summary>Reads <c>checkpoint</c>: <c>interval</c> (<c>500 steps</c>, <c>120s</c>, <c>2m</c> or <c>auto</c>) and <c>keep</c>.</summary>
internal static partial class CheckpointSectionReader
{
    private static readonly string[] Keys = ["interval", "keep"];

    public static CheckpointSpec Read(SpecMap root)
    {
        var map = root.Map("checkpoint", Keys);
        var keep = (int)(map.WholeNumber("keep", NumberRange.Between(1, 1000)) ?? SpecDefaults.CheckpointKeep);
        return new CheckpointSpec(ReadInterval(map), keep);
    }

    private static CheckpointInterval ReadInterval(SpecMap map)
    {
        if (map.Text("interval") is not { } text)
            return CheckpointInterval.Auto;
        if (text == "auto")
            return CheckpointInterval.Auto;

        var steps = StepsForm().Match(text);
        if (steps.Success)
        {
            if (long.TryParse(steps.Groups[1].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0)
                return CheckpointInterval.EverySteps(n);
            map.Fail("interval", $"'{text}': the number of steps must be above 0");
            return CheckpointInterval.Auto;
        }

        if (DurationText.Parse(text) is { } span && span > TimeSpan.Zero)
            return CheckpointInterval.EverySeconds((long)span.TotalSeconds);

        map.Fail("interval", long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out _)
            ? $"'{text}' has no unit; write '{text} steps' or '{text}s'"
            : $"'{text}' must be 'N steps', a span above zero ({DurationText.Form}) or auto");
        return CheckpointInterval.Auto;
    }

    [GeneratedRegex(@"^(\d{1,18})\s*steps?$")]
    private static partial Regex StepsForm();
}
