using System.Globalization;

namespace Spot.Launcher.Daemon;

/// <summary>
/// Whether a running attempt must stop for its budget: when spend so far plus the expected cost to finish passes it,
/// or, with steps still to train, when spend so far has reached it. The second rule matters when the cost to finish is
/// unknown (a stalled trainer measures no step rate, and not every spec gives work hours): unknown is not free.
/// </summary>
public static class BudgetCheck
{
    /// <returns>Why the attempt must stop, or null while the budget still covers it.</returns>
    public static string? Breach(decimal spentUsd, double? hoursLeft, decimal usdPerHour, decimal budgetUsd, long stepsLeft)
    {
        if (hoursLeft is { } hours)
        {
            var toFinish = (decimal)hours * usdPerHour;
            if (spentUsd + toFinish > budgetUsd)
                return string.Create(CultureInfo.InvariantCulture,
                    $"budget: spent ${spentUsd:0.0000} + ${toFinish:0.0000} to finish ({hours * 60:0.#} min at ${usdPerHour:0.0000}/h) > ${budgetUsd:0.00##}");
        }
        if (stepsLeft > 0 && spentUsd >= budgetUsd)
            return string.Create(CultureInfo.InvariantCulture,
                $"budget: spent ${spentUsd:0.0000} of ${budgetUsd:0.00##} with {stepsLeft} steps still to train");
        return null;
    }
}
