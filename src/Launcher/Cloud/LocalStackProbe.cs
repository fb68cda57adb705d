using System.Net;
using System.Net.Sockets;

namespace Spot.Launcher.Cloud;

/// <summary>
/// Asks a LocalStack edge endpoint whether it is up and serves EC2 and S3, so the drill suite can run its LocalStack
/// drills, or skip them with the reason. It never throws for an unreachable endpoint; only bad arguments and the
/// caller's own cancellation throw.
/// </summary>
public sealed class LocalStackProbe
{
    /// <summary>LocalStack's own health resource, served on the edge port beside the AWS APIs.</summary>
    public const string HealthPath = "/_localstack/health";

    /// <summary>The header LocalStack adds to its answers, holding its version.</summary>
    public const string VersionHeader = "x-localstack";

    private const int MaxBodyBytes = 1 << 20;

    private readonly TimeProvider _clock;

    /// <param name="clock">Starts the timeout; tests pass a fake one and move it.</param>
    public LocalStackProbe(TimeProvider? clock = null)
    {
        _clock = clock ?? TimeProvider.System;
    }

    /// <summary>Longest timeout a caller may ask for; a probe exists to decide quickly.</summary>
    public static TimeSpan MaxTimeout { get; } = TimeSpan.FromMinutes(5);

    /// <exception cref="ArgumentException"><paramref name="endpoint"/> is not an absolute http(s) URL.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="timeout"/> is not above zero and at most <see cref="MaxTimeout"/>.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled (not the timeout).</exception>
    public async Task<ProbeResult> ProbeAsync(Uri endpoint, TimeSpan timeout, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        if (!endpoint.IsAbsoluteUri || endpoint.Scheme is not ("http" or "https"))
            throw new ArgumentException($"endpoint: '{endpoint}' must be an absolute http or https URL, such as http://localhost:4566.", nameof(endpoint));
        if (timeout <= TimeSpan.Zero || timeout > MaxTimeout)
            throw new ArgumentOutOfRangeException(nameof(timeout), timeout, $"timeout: must be above zero and at most {MaxTimeout}.");

        using var deadline = new CancellationTokenSource(timeout, _clock);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, deadline.Token);
        using var client = CreateClient();
        try
        {
            using var response = await client.GetAsync(new Uri(endpoint, HealthPath), HttpCompletionOption.ResponseContentRead, linked.Token);
            var body = await response.Content.ReadAsStringAsync(linked.Token);
            return Judge(endpoint, response, body);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return Result(endpoint, ProbeOutcome.TimedOut, $"no complete answer from {HealthPath} within {timeout.TotalSeconds:0.###} s");
        }
        catch (HttpRequestException error)
        {
            return Result(endpoint, Classify(error), Describe(error));
        }
    }

    private static HttpClient CreateClient()
    {
        // Straight to the endpoint: a proxy from the environment would answer for a LocalStack that is not there.
        var handler = new SocketsHttpHandler { UseProxy = false, AllowAutoRedirect = false };
        return new HttpClient(handler) { Timeout = Timeout.InfiniteTimeSpan, MaxResponseContentBufferSize = MaxBodyBytes };
    }

    private static ProbeResult Judge(Uri endpoint, HttpResponseMessage response, string body)
    {
        if (response.StatusCode != HttpStatusCode.OK)
            return Result(endpoint, ProbeOutcome.NotLocalStack, $"{HealthPath} answered HTTP {(int)response.StatusCode} {response.ReasonPhrase}, not LocalStack's health document");

        var (services, version, problem) = LocalStackProbeHealth.Parse(body);
        if (services is null)
            return Result(endpoint, ProbeOutcome.NotLocalStack, $"{HealthPath} answered, but {problem}");

        version ??= response.Headers.TryGetValues(VersionHeader, out var values) ? values.FirstOrDefault() : null;
        var unusable = LocalStackProbeHealth.Unusable(services);
        return unusable.Count > 0
            ? new ProbeResult(endpoint, ProbeOutcome.ServiceUnavailable, "Spot needs EC2 and S3, but " + string.Join("; ", unusable), version, services)
            : new ProbeResult(endpoint, ProbeOutcome.Reachable, $"LocalStack {version ?? "(version not reported)"} serves ec2 ({services["ec2"]}) and s3 ({services["s3"]})", version, services);
    }

    private static ProbeOutcome Classify(HttpRequestException error) =>
        error.InnerException is SocketException { SocketErrorCode: SocketError.ConnectionRefused }
            ? ProbeOutcome.ConnectionRefused
            : ProbeOutcome.Failed;

    private static string Describe(HttpRequestException error) => error switch
    {
        { InnerException: SocketException { SocketErrorCode: SocketError.ConnectionRefused } } => "connection refused: nothing listens on that port",
        { HttpRequestError: HttpRequestError.NameResolutionError } => "the host name could not be resolved",
        { HttpRequestError: HttpRequestError.ConfigurationLimitExceeded } => $"the answer is larger than {MaxBodyBytes} bytes, which no health document is",
        _ => $"{error.HttpRequestError}: {error.Message}",
    };

    private static ProbeResult Result(Uri endpoint, ProbeOutcome outcome, string reason) =>
        new(endpoint, outcome, reason, null, new Dictionary<string, string>());
}
