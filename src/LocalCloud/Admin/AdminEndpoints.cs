using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Logging;
using Spot.LocalCloud.Hosting;
using Spot.LocalCloud.Instances;
using Spot.LocalCloud.Market;
using Spot.LocalCloud.S3;

namespace Spot.LocalCloud.Admin;

/// <summary>
/// FIS-like injection and inspection under /_localcloud/ on the EC2 port: interrupt, rebalance, drain or re-price a
/// pool, throttle EC2, fail S3, plus readiness and a market snapshot. Bodies and answers are JSON.
/// </summary>
public static class AdminEndpoints
{
    public const string Prefix = "/_localcloud";

    public static void Map(IEndpointRouteBuilder routes, LocalCloudRegion region, ILogger logger)
    {
        var admin = routes.MapGroup(Prefix);
        admin.AddEndpointFilter(async (context, next) =>
        {
            var result = await next(context);
            var status = result is IStatusCodeHttpResult { StatusCode: { } code } ? code : StatusCodes.Status200OK;
            Log.AdminCall(logger, context.HttpContext.Request.Method, context.HttpContext.Request.Path.Value!, status);
            return result;
        });
        admin.MapGet("/ready", () => Results.Ok(new ReadyResponse(true, region.Market.Now)));
        admin.MapGet("/market", () => Results.Ok(AdminSnapshots.Market(region)));
        admin.MapPost("/instances/{id}/interrupt", (string id, InterruptRequest? body) => Interrupt(region, id, body ?? new InterruptRequest()));
        admin.MapPost("/instances/{id}/rebalance", (string id) => WithInstance(region, id, i =>
            region.Instances.RecommendRebalance(i) ? Results.NoContent() : Conflict($"Instance {id} is not running.")));
        admin.MapPut("/pools/{type}/{zone}/capacity", (string type, string zone, CapacityRequest body) => WithPool(region, type, zone, pool =>
        {
            if (body.Capacity < 0)
            {
                return BadRequest("capacity must be 0 or more, or null to follow the trace again.");
            }

            region.Market.PinSpotCapacity(pool, body.Capacity);
            region.Interruptions.Check();
            return Results.NoContent();
        }));
        admin.MapPut("/pools/{type}/{zone}/price", (string type, string zone, PriceRequest body) => WithPool(region, type, zone, pool =>
        {
            if (body.Price <= 0)
            {
                return BadRequest("price must be above 0, or null to follow the trace again.");
            }

            region.Market.PinPrice(pool, body.Price);
            region.Interruptions.Check();
            return Results.NoContent();
        }));
        admin.MapPut("/faults/ec2", (Ec2FaultRequest body) =>
        {
            if (!(body.ThrottleShare is >= 0 and <= 1))
            {
                return BadRequest("throttleShare must lie between 0 and 1.");
            }

            region.Throttle.Share = body.ThrottleShare;
            return Results.NoContent();
        });
        admin.MapPut("/faults/s3", (S3FaultRequest body) => FailS3(region, body));
    }

    private static IResult Interrupt(LocalCloudRegion region, string id, InterruptRequest body) => WithInstance(region, id, instance =>
    {
        if (!double.IsFinite(body.DelaySeconds) || body.DelaySeconds < 0)
        {
            return BadRequest("delaySeconds must be 0 or more.");
        }

        lock (region.Store.Sync)
        {
            if (!instance.IsSpot || instance.State is not (InstanceState.Pending or InstanceState.Running))
            {
                return Conflict($"Instance {id} is not a running spot instance.");
            }
        }

        region.Instances.Interrupt(instance, body.Reason, TimeSpan.FromSeconds(body.DelaySeconds));
        return Results.Accepted();
    });

    private static IResult FailS3(LocalCloudRegion region, S3FaultRequest body)
    {
        if (!(body.Share is >= 0 and <= 1) || body.StatusCode is not (500 or 503))
        {
            return BadRequest("share must lie between 0 and 1 and statusCode must be 500 or 503.");
        }

        if (body.Share == 0)
        {
            region.S3Faults.Clear();
        }
        else
        {
            region.S3Faults.Set(new S3FaultPlan(body.StatusCode == 500 ? body.Share : 0, body.StatusCode == 503 ? body.Share : 0, region.Seed));
        }

        return Results.NoContent();
    }

    private static IResult WithInstance(LocalCloudRegion region, string id, Func<Instance, IResult> action) =>
        region.Store.Find(id) is { } instance ? action(instance) : Results.NotFound(new AdminError($"Instance {id} does not exist."));

    private static IResult WithPool(LocalCloudRegion region, string type, string zone, Func<CapacityPool, IResult> action) =>
        region.Market.Find(new PoolKey(type, zone)) is { } pool ? action(pool) : Results.NotFound(new AdminError($"Pool {type}@{zone} does not exist."));

    private static IResult BadRequest(string message) => Results.BadRequest(new AdminError(message));

    private static IResult Conflict(string message) => Results.Conflict(new AdminError(message));
}
