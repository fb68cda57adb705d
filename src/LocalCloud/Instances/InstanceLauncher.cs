using Spot.LocalCloud.Ec2;
using Spot.LocalCloud.Market;

namespace Spot.LocalCloud.Instances;

/// <summary>
/// Decides whether a launch can be had, as EC2 would: a known type offered in the zone, capacity left in the pool,
/// for spot a MaxPrice at or above the current price and room under the account's spot quota. A refused spot
/// launch leaves a closed spot request saying why (capacity-not-available or price-too-low).
/// </summary>
public sealed class InstanceLauncher(SpotMarket market, InstanceManager manager, int spotInstanceLimit, string instancesDirectory)
{
    private InstanceStore Store => manager.Store;

    public Reservation Launch(LaunchRequest request)
    {
        var type = market.Catalog.Find(request.InstanceType)
            ?? throw Ec2Errors.InvalidParameterValue("InstanceType", request.InstanceType, "It is not an instance type LocalCloud sells.");
        if (request.MinCount < 1 || request.MaxCount < request.MinCount)
        {
            throw Ec2Errors.InvalidParameterValue("MinCount", $"{request.MinCount}", "MinCount must be at least 1 and at most MaxCount.");
        }

        Reservation reservation;
        lock (Store.Sync)
        {
            var pool = ChoosePool(request);
            var maxPrice = request.MaxPrice ?? type.OnDemandPricePerHour;
            var free = Free(pool, request.Spot);
            if (request.Spot)
            {
                var price = market.PriceNow(pool);
                if (maxPrice < price)
                {
                    RecordRefusal(pool.Key, maxPrice, SpotRequestStatus.PriceTooLow, $"Your price {Ec2Errors.Format(maxPrice)} is below the Spot price {Ec2Errors.Format(price)}.", request);
                    throw Ec2Errors.SpotMaxPriceTooLow(maxPrice, price);
                }

                if (Store.ActiveSpotCount() + request.MinCount > spotInstanceLimit)
                {
                    throw Ec2Errors.MaxSpotInstanceCountExceeded(spotInstanceLimit);
                }

                free = Math.Min(free, spotInstanceLimit - Store.ActiveSpotCount());
            }

            if (free < request.MinCount)
            {
                if (request.Spot)
                {
                    RecordRefusal(pool.Key, maxPrice, SpotRequestStatus.CapacityNotAvailable, "There is no Spot capacity available that matches your request.", request);
                }

                throw Ec2Errors.InsufficientCapacity(pool.Key, request.Spot);
            }

            reservation = Create(request, pool.Key, Math.Min(free, request.MaxCount), maxPrice);
        }

        manager.Launched(reservation.Instances);
        return reservation;
    }

    /// <summary>Instances that could still start in the pool now (call under the lock).</summary>
    public int Free(CapacityPool pool, bool spot) =>
        Math.Max(0, (spot ? market.SpotCapacityNow(pool) : pool.OnDemandCapacity) - Store.Holding(pool.Key, spot).Count());

    private CapacityPool ChoosePool(LaunchRequest request)
    {
        if (request.AvailabilityZone is { } zone)
        {
            if (!market.Zones.Contains(zone))
            {
                throw Ec2Errors.InvalidParameterValue("Placement.AvailabilityZone", zone, $"Valid zones: {string.Join(", ", market.Zones)}.");
            }

            return market.Find(new PoolKey(request.InstanceType, zone))
                ?? throw Ec2Errors.Unsupported($"Your requested instance type ({request.InstanceType}) is not supported in your requested Availability Zone ({zone}).");
        }

        // Without a zone, EC2 picks one; LocalCloud picks the one with the most room.
        return market.Pools.Where(p => p.Key.InstanceType == request.InstanceType)
            .OrderByDescending(p => Free(p, request.Spot))
            .ThenBy(p => p.Key.AvailabilityZone, StringComparer.Ordinal)
            .FirstOrDefault()
            ?? throw Ec2Errors.Unsupported($"Your requested instance type ({request.InstanceType}) is not offered in any zone of this region.");
    }

    private Reservation Create(LaunchRequest request, PoolKey pool, int count, decimal maxPrice)
    {
        var reservationId = ResourceIds.Reservation();
        var now = market.Now;
        var instances = new List<Instance>();
        for (var index = 0; index < count; index++)
        {
            var id = ResourceIds.Instance();
            SpotRequest? spotRequest = null;
            if (request.Spot)
            {
                spotRequest = new SpotRequest
                {
                    Id = ResourceIds.SpotRequest(), InstanceId = id, InstanceType = pool.InstanceType,
                    AvailabilityZone = pool.AvailabilityZone, MaxPrice = maxPrice, CreateTime = now,
                };
                spotRequest.SetStatus(SpotRequestStatus.Active, SpotRequestStatus.Fulfilled, "Your Spot request is fulfilled.", now);
                Copy(request.SpotRequestTags, spotRequest.Tags);
            }

            var instance = new Instance
            {
                Id = id, ReservationId = reservationId, ImageId = request.ImageId, Pool = pool, LaunchTime = now,
                LaunchIndex = index, Sequence = Store.NextSequence(), SpotRequest = spotRequest, ClientToken = request.ClientToken,
                RequiresImdsTokens = request.RequireImdsTokens, UserData = request.UserData,
                ShutdownBehavior = request.ShutdownBehavior, WorkingDirectory = Path.Combine(instancesDirectory, id),
            };
            Copy(request.InstanceTags, instance.Tags);
            Store.Add(instance);
            instances.Add(instance);
        }

        return new Reservation(reservationId, instances);
    }

    private void RecordRefusal(PoolKey pool, decimal maxPrice, string code, string message, LaunchRequest request)
    {
        var now = market.Now;
        var refused = new SpotRequest
        {
            Id = ResourceIds.SpotRequest(), InstanceType = pool.InstanceType, AvailabilityZone = pool.AvailabilityZone,
            MaxPrice = maxPrice, CreateTime = now,
        };
        refused.SetStatus(SpotRequestStatus.Closed, code, message, now);
        Copy(request.SpotRequestTags, refused.Tags);
        Store.Add(refused);
    }

    private static void Copy(IReadOnlyDictionary<string, string> from, Dictionary<string, string> to)
    {
        foreach (var (key, value) in from)
        {
            to[key] = value;
        }
    }
}
