using System.ComponentModel.DataAnnotations;

namespace Spot.Launcher.Daemon;

/// <summary>Settings of the daemon (section "Spot:Daemon"). Every default suits the `local` profile.</summary>
public sealed class DaemonOptions
{
    public const string SectionName = "Spot:Daemon";

    /// <summary>Time between two reconcile passes.</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:10:00")]
    public TimeSpan ReconcileInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Time between two passes of the budget and deadline guards, which also record each trainer's progress.</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:10:00")]
    public TimeSpan GuardInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Time between two spot price refreshes (DescribeSpotPriceHistory).</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan PriceRefreshInterval { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>The bucket for checkpoints, status and datasets; created when missing.</summary>
    [Required]
    [RegularExpression("^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$", ErrorMessage = "Bucket must be a valid S3 bucket name.")]
    public string Bucket { get; set; } = "spot-jobs";

    /// <summary>Start-up time of a new attempt before it trains (boot, bootstrap, data, restore), for planning.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "01:00:00")]
    public TimeSpan RestartOverhead { get; set; } = TimeSpan.FromMinutes(3);

    /// <summary>How long a trainer asked to stop (budget) has to write its final checkpoint before it is terminated.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:30:00")]
    public TimeSpan FinalCheckpointGrace { get; set; } = TimeSpan.FromSeconds(90);

    /// <summary>How long an instance whose trainer stopped for a notice may keep running before it is terminated.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan ReclaimWait { get; set; } = TimeSpan.FromMinutes(4);

    /// <summary>Seconds between the trainer's polls of the interruption notice (AWS advises 5).</summary>
    [Range(0.1, 60.0)]
    public double NoticePollSeconds { get; set; } = 5;

    /// <summary>Seconds between the trainer's status heartbeats.</summary>
    [Range(0.1, 300.0)]
    public double StatusEverySeconds { get; set; } = 5;

    /// <summary>Interruptions charged to a pool that just lost a job's instance, so placement avoids it for a while.</summary>
    [Range(0, 100)]
    public int LostPoolPenalty { get; set; } = 3;
}
