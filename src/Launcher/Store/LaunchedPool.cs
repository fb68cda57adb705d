using Spot.CostModel;

namespace Spot.Launcher.Store;

/// <summary>
/// The pool EC2 granted an attempt's instance in. It may differ from the pool recorded before the launch call, when
/// the first pools refused and a later one launched.
/// </summary>
public sealed record LaunchedPool(string InstanceType, string AvailabilityZone, Market Market, decimal? MaxUsdPerHour);
