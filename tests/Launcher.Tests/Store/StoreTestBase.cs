using Spot.Launcher.Store;

namespace Spot.Launcher.Tests.Store;

/// <summary>Each test gets a store on its own temporary file, opened before the test, holding one job named
/// resnet unless the class says otherwise.</summary>
public abstract class StoreTestBase : IAsyncLifetime, IDisposable
{
    protected static readonly CancellationToken None = CancellationToken.None;

    internal StoreTestKit Kit { get; } = new();

    protected SqliteJobStore Store { get; private set; } = null!;

    protected JobRecord Job { get; private set; } = null!;

    protected virtual bool StartsWithJob => true;

    public async Task InitializeAsync()
    {
        Store = await Kit.OpenAsync();
        if (StartsWithJob)
            Job = await Store.CreateJobAsync(StoreTestKit.Job(), None);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose()
    {
        Kit.Dispose();
        GC.SuppressFinalize(this);
    }
}
