using Spot.CostModel;

namespace Spot.Launcher.Store;

/// <summary>The placement chosen for a new attempt, recorded before the instance is requested.</summary>
/// <param name="MaxUsdPerHour">The spot price ceiling sent to EC2; null for on-demand or EC2's default.</param>
/// <param name="OnDemandUsdPerHour">The on-demand price of the type in the region, for the savings report.</param>
/// <param name="StartStep">The durable step the trainer resumes from; 0 for a fresh start.</param>
public sealed record NewAttempt(
    string InstanceType,
    string AvailabilityZone,
    string Region,
    Market Market,
    decimal? MaxUsdPerHour,
    decimal OnDemandUsdPerHour,
    long StartStep)
{
    /// <exception cref="ArgumentException">Naming the field and the rule it breaks.</exception>
    public void Validate()
    {
        Require(InstanceType, nameof(InstanceType));
        Require(AvailabilityZone, nameof(AvailabilityZone));
        Require(Region, nameof(Region));
        if (!Enum.IsDefined(Market))
            throw new ArgumentException($"{nameof(Market)} {(int)Market} is not a known market.", nameof(Market));
        if (MaxUsdPerHour is <= 0)
            throw new ArgumentException(
                $"{nameof(MaxUsdPerHour)} must be more than 0 when set, was {MaxUsdPerHour}.", nameof(MaxUsdPerHour));
        if (OnDemandUsdPerHour < 0)
            throw new ArgumentException(
                $"{nameof(OnDemandUsdPerHour)} must not be negative, was {OnDemandUsdPerHour}.", nameof(OnDemandUsdPerHour));
        if (StartStep < 0)
            throw new ArgumentException($"{nameof(StartStep)} must not be negative, was {StartStep}.", nameof(StartStep));
    }

    private static void Require(string value, string field)
    {
        if (string.IsNullOrWhiteSpace(value))
            throw new ArgumentException($"{field} must not be empty.", field);
    }
}
