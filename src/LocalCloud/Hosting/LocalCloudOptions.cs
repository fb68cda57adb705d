using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;

namespace Spot.LocalCloud.Hosting;

/// <summary>Settings of one LocalCloud region. Every default suits tests and the `local` profile.</summary>
public sealed class LocalCloudOptions
{
    /// <summary>Port of the EC2 query API and the admin endpoints; 0 picks a free one.</summary>
    [Range(0, 65535)]
    public int Ec2Port { get; set; }

    /// <summary>Port of the path-style S3 API; 0 picks a free one.</summary>
    [Range(0, 65535)]
    public int S3Port { get; set; }

    /// <summary>Where instances' working directories and S3 objects live. Null: a temporary folder removed on dispose.</summary>
    public string? DataDirectory { get; set; }

    [Required]
    [RegularExpression("^[a-z]{2}(-[a-z]+)+-[0-9]$", ErrorMessage = "Region must look like us-east-1.")]
    public string Region { get; set; } = "us-east-1";

    /// <summary>Zones of the sample market (traces bring their own).</summary>
    [MinLength(1)]
    public List<string> AvailabilityZones { get; set; } = ["us-east-1a", "us-east-1b", "us-east-1c"];

    /// <summary>How many market seconds pass per real second: 1440 replays a trace day in a minute.</summary>
    [Range(0.001, 1_000_000)]
    public double ClockSpeed { get; set; } = 1;

    /// <summary>The market instant at start-up; null: the real time at start-up.</summary>
    public DateTimeOffset? MarketStart { get; set; }

    /// <summary>How far into the trace the market starts, so that price history exists from the first call.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "3650.00:00:00")]
    public TimeSpan ReplayStart { get; set; } = TimeSpan.FromDays(1);

    /// <summary>Market time between RunInstances and the user-data process starting.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "01:00:00")]
    public TimeSpan BootDelay { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>
    /// Whether a booted instance gets its IMDS and runs its user-data as a process (default true). False keeps
    /// instances as records that go running and stay so until terminated, with their user-data stored but never run,
    /// the way LocalStack's mock VM manager does; the LocalStack drill harness then plays each instance's host.
    /// </summary>
    public bool RunUserData { get; set; } = true;

    /// <summary>Market time between the interruption notice and the kill; AWS gives two minutes.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "01:00:00")]
    public TimeSpan InterruptionNotice { get; set; } = TimeSpan.FromSeconds(120);

    /// <summary>Market time between two checks of prices and capacity against running spot instances.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan MarketTick { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>The account's quota of concurrent spot instances (MaxSpotInstanceCountExceeded past it).</summary>
    [Range(1, 100_000)]
    public int SpotInstanceLimit { get; set; } = 32;

    [Range(0, 100_000)]
    public int OnDemandCapacityPerPool { get; set; } = 64;

    /// <summary>Spot capacity of pools that come from a price history file, which says nothing about capacity.</summary>
    [Range(0, 100_000)]
    public int PriceHistoryPoolCapacity { get; set; } = 8;

    /// <summary>Seed of the sample market and of the fault injector's dice.</summary>
    public int Seed { get; set; } = 1;

    /// <summary>A DescribeSpotPriceHistory-shaped CSV, TSV or JSON file to replay instead of the sample market.</summary>
    public string? PriceHistoryPath { get; set; }

    /// <summary>Availability traces to replay, one per pool.</summary>
    [ValidateEnumeratedItems]
    public List<AvailabilityTraceSource> AvailabilityTraces { get; set; } = [];
}

/// <summary>An availability trace file and the pool it describes.</summary>
public sealed class AvailabilityTraceSource
{
    [Required]
    public string Path { get; set; } = "";

    [Required]
    public string InstanceType { get; set; } = "";

    [Required]
    public string AvailabilityZone { get; set; } = "";

    /// <summary>Instances per unit of the trace's data (1-node traces: how many fit when it says 1).</summary>
    [Range(1, 100_000)]
    public int UnitCapacity { get; set; } = 1;
}
