using System.Globalization;
using Spot.Contracts.Checkpoints;

namespace Spot.Trainer.Checkpoints;

/// <summary>Checkpoint ids are "step-" and the zero-padded step, so that ids sort as their steps do.</summary>
public static class CheckpointIds
{
    public static string ForStep(long step)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(step);
        return CheckpointLayout.IdPrefix + step.ToString(CheckpointLayout.IdStepFormat, CultureInfo.InvariantCulture);
    }

    public static bool TryParseStep(string id, out long step)
    {
        step = 0;
        return id.StartsWith(CheckpointLayout.IdPrefix, StringComparison.Ordinal)
            && long.TryParse(id.AsSpan(CheckpointLayout.IdPrefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out step);
    }

    /// <summary>The ids that name checkpoints, newest step first; anything else in the store is ignored.</summary>
    public static IReadOnlyList<(string Id, long Step)> NewestFirst(IEnumerable<string> ids) =>
        ids.Select(id => (Id: id, Ok: TryParseStep(id, out var step), Step: step))
            .Where(entry => entry.Ok)
            .OrderByDescending(entry => entry.Step)
            .Select(entry => (entry.Id, entry.Step))
            .ToList();
}
