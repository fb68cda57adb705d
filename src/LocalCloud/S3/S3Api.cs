using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Spot.LocalCloud.S3.Protocol;

namespace Spot.LocalCloud.S3;

/// <summary>LocalCloud's S3, path-style (/{bucket}/{key...}), meant for the root of its own port.</summary>
public static class S3Api
{
    /// <summary>
    /// Serves S3 for every path and method on <paramref name="routes"/>, storing under
    /// <see cref="S3Options.DataDirectory"/>. Validates <paramref name="options"/> first.
    /// </summary>
    public static IEndpointRouteBuilder MapS3(this IEndpointRouteBuilder routes, S3Options options)
    {
        ArgumentNullException.ThrowIfNull(routes);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();

        var services = new S3Services(options);
        services.Paths.Prepare();
        var logger = routes.ServiceProvider.GetService<ILoggerFactory>()?.CreateLogger("Spot.LocalCloud.S3") ?? NullLogger.Instance;
        Log.Started(logger, services.Paths.Root);

        var dispatcher = new S3Dispatcher(services, logger);
        routes.Map("/", dispatcher.HandleAsync);
        routes.Map("/{**s3path}", dispatcher.HandleAsync);
        return routes;
    }
}
