using Spot.LocalCloud.Hosting;

namespace Spot.Drills.Tests.LocalStack;

/// <summary>
/// The CI stand-in for LocalStack's mock VM manager: a LocalCloud whose instances are records only (RunUserData off),
/// so they go running, keep their user-data unrun and end with Client.UserInitiatedShutdown when terminated. Its pools
/// are pinned open because LocalStack never runs out of capacity. Shared by its tests, as one LocalStack would be.
/// </summary>
public sealed class StandInCloud : IAsyncLifetime
{
    public LocalCloudHost Host { get; } = new(new LocalCloudOptions { RunUserData = false, BootDelay = TimeSpan.Zero });

    public async Task InitializeAsync()
    {
        await Host.StartAsync();
        foreach (var pool in Host.Region.Market.Pools) Host.Region.Market.PinSpotCapacity(pool, 8);
    }

    public async Task DisposeAsync() => await Host.DisposeAsync();
}
