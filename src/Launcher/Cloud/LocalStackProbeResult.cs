namespace Spot.Launcher.Cloud;

/// <summary>What a probe of LocalStack's health endpoint found.</summary>
public enum ProbeOutcome
{
    /// <summary>LocalStack answered, and EC2 and S3 are available or running.</summary>
    Reachable,

    /// <summary>Nothing listens on the endpoint's port (Docker is absent, or the container is not up).</summary>
    ConnectionRefused,

    /// <summary>No full answer within the timeout: a hung server, a firewall that drops packets, or a slow start.</summary>
    TimedOut,

    /// <summary>Something answered, but not with LocalStack's health document.</summary>
    NotLocalStack,

    /// <summary>LocalStack answered, but a service Spot needs is missing, disabled or in error.</summary>
    ServiceUnavailable,

    /// <summary>Any other network failure (unknown host, reset connection, TLS); the reason says which.</summary>
    Failed,
}

/// <summary>
/// The answer of <see cref="LocalStackProbe.ProbeAsync"/>: whether LocalStack can host Spot's drills and, when it cannot,
/// a reason fit to print beside a skipped drill.
/// </summary>
/// <param name="Endpoint">The edge endpoint that was probed.</param>
/// <param name="Outcome">What was found.</param>
/// <param name="Reason">One line: why it is not usable, or what answered when it is.</param>
/// <param name="Version">LocalStack's version when its health document carried one.</param>
/// <param name="Services">Each service LocalStack reported and its state (empty unless it answered).</param>
public sealed record ProbeResult(
    Uri Endpoint,
    ProbeOutcome Outcome,
    string Reason,
    string? Version,
    IReadOnlyDictionary<string, string> Services)
{
    public bool IsReachable => Outcome == ProbeOutcome.Reachable;

    /// <summary>The line a drill suite prints for a LocalStack drill it skips; null when nothing needs skipping.</summary>
    public string? SkipReason => IsReachable
        ? null
        : $"LocalStack at {Endpoint} is not usable ({Outcome}): {Reason}. Start it with `docker compose -f infra/localstack/docker-compose.yml up -d`.";
}
