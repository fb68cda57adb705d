namespace Spot.LocalCloud.Tests.S3.Fixtures;

/// <summary>An S3 server on a loopback port, started for a test class and stopped after it.</summary>
public abstract class S3ServerFixture : IAsyncLifetime
{
    protected S3ServerFixture()
    {
        DataDirectory = Directory.CreateTempSubdirectory("spot-s3-").FullName;
    }

    /// <summary>Where the server keeps its buckets; it outlives <see cref="RestartAsync"/>.</summary>
    public string DataDirectory { get; }

    public Uri ServiceUrl { get; protected set; } = new("http://127.0.0.1/");

    public async Task InitializeAsync() => await StartAsync();

    /// <summary>Stops the server and starts a fresh one on the same data directory (possibly on another port).</summary>
    public async Task RestartAsync()
    {
        await StopAsync();
        await StartAsync();
    }

    public async Task DisposeAsync()
    {
        await StopAsync();
        Directory.Delete(DataDirectory, recursive: true);
    }

    protected abstract Task StartAsync();

    protected abstract Task StopAsync();
}
