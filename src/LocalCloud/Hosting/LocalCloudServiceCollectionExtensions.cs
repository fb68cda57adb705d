using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Spot.LocalCloud.Hosting;

/// <summary>Runs LocalCloud inside a generic host (the daemon's `local` profile, or `spot localcloud`).</summary>
public static class LocalCloudServiceCollectionExtensions
{
    /// <summary>
    /// Registers a <see cref="LocalCloudHost"/> started and stopped with the host, with options validated on start.
    /// Resolve <see cref="LocalCloudHost"/> for its endpoints once the host has started.
    /// </summary>
    public static IServiceCollection AddLocalCloud(this IServiceCollection services, Action<LocalCloudOptions> configure)
    {
        services.AddOptions<LocalCloudOptions>().Configure(configure).ValidateOnStart();
        services.AddSingleton<IValidateOptions<LocalCloudOptions>, LocalCloudOptionsValidator>();
        services.AddSingleton(provider => new LocalCloudHost(
            provider.GetRequiredService<IOptions<LocalCloudOptions>>().Value,
            provider.GetService<TimeProvider>() ?? TimeProvider.System,
            provider.GetService<ILoggerFactory>()));
        services.AddHostedService<LocalCloudHostedService>();
        return services;
    }

    private sealed class LocalCloudHostedService(LocalCloudHost host) : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken) => host.StartAsync(cancellationToken);

        public async Task StopAsync(CancellationToken cancellationToken) => await host.DisposeAsync();
    }
}
