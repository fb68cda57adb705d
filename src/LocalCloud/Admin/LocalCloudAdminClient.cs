using System.Net.Http.Json;
using Spot.LocalCloud.Instances;

namespace Spot.LocalCloud.Admin;

/// <summary>The drills' handle on a LocalCloud: the admin API of <c>/_localcloud/</c> on its EC2 port, as C# calls.</summary>
public sealed class LocalCloudAdminClient : IDisposable
{
    private readonly HttpClient _http;
    private readonly bool _ownsHttp;

    /// <summary>Talks to the LocalCloud whose EC2 endpoint is <paramref name="ec2Endpoint"/>.</summary>
    public LocalCloudAdminClient(Uri ec2Endpoint)
        : this(new HttpClient { BaseAddress = ec2Endpoint }, ownsHttp: true)
    {
    }

    /// <summary>Uses <paramref name="http"/>, whose BaseAddress must be the EC2 endpoint.</summary>
    public LocalCloudAdminClient(HttpClient http)
        : this(http, ownsHttp: false)
    {
    }

    private LocalCloudAdminClient(HttpClient http, bool ownsHttp)
    {
        ArgumentNullException.ThrowIfNull(http.BaseAddress, nameof(http));
        _http = http;
        _ownsHttp = ownsHttp;
    }

    public async Task<bool> IsReadyAsync(CancellationToken cancellationToken = default)
    {
        try
        {
            using var response = await _http.GetAsync(Path("ready"), cancellationToken);
            return response.IsSuccessStatusCode;
        }
        catch (HttpRequestException)
        {
            return false;
        }
    }

    public async Task<MarketSnapshot> GetMarketAsync(CancellationToken cancellationToken = default) =>
        await _http.GetFromJsonAsync<MarketSnapshot>(Path("market"), cancellationToken)
        ?? throw new LocalCloudAdminException("The market snapshot was empty.");

    /// <summary>Posts a spot interruption notice after <paramref name="delay"/> of market time (now when null).</summary>
    public Task InterruptAsync(string instanceId, TimeSpan? delay = null, InterruptionReason reason = InterruptionReason.Capacity, CancellationToken cancellationToken = default) =>
        SendAsync(HttpMethod.Post, $"instances/{Uri.EscapeDataString(instanceId)}/interrupt", new InterruptRequest((delay ?? TimeSpan.Zero).TotalSeconds, reason), cancellationToken);

    public Task RecommendRebalanceAsync(string instanceId, CancellationToken cancellationToken = default) =>
        SendAsync(HttpMethod.Post, $"instances/{Uri.EscapeDataString(instanceId)}/rebalance", null, cancellationToken);

    /// <summary>Pins a pool's spot capacity (0 drains it); null returns it to the trace.</summary>
    public Task SetSpotCapacityAsync(string instanceType, string availabilityZone, int? capacity, CancellationToken cancellationToken = default) =>
        SendAsync(HttpMethod.Put, $"{Pool(instanceType, availabilityZone)}/capacity", new CapacityRequest(capacity), cancellationToken);

    public Task DrainPoolAsync(string instanceType, string availabilityZone, CancellationToken cancellationToken = default) =>
        SetSpotCapacityAsync(instanceType, availabilityZone, 0, cancellationToken);

    /// <summary>Pins a pool's spot price; null returns it to the trace.</summary>
    public Task SetPriceAsync(string instanceType, string availabilityZone, decimal? price, CancellationToken cancellationToken = default) =>
        SendAsync(HttpMethod.Put, $"{Pool(instanceType, availabilityZone)}/price", new PriceRequest(price), cancellationToken);

    /// <summary>Answers this share of EC2 calls with RequestLimitExceeded (0 stops it).</summary>
    public Task ThrottleEc2Async(double share, CancellationToken cancellationToken = default) =>
        SendAsync(HttpMethod.Put, "faults/ec2", new Ec2FaultRequest(share), cancellationToken);

    /// <summary>Fails this share of S3 requests with <paramref name="statusCode"/> (500 or 503; share 0 stops it).</summary>
    public Task FailS3Async(double share, int statusCode = 503, CancellationToken cancellationToken = default) =>
        SendAsync(HttpMethod.Put, "faults/s3", new S3FaultRequest(share, statusCode), cancellationToken);

    public void Dispose()
    {
        if (_ownsHttp)
        {
            _http.Dispose();
        }
    }

    private static string Path(string relative) => $"{AdminEndpoints.Prefix.TrimStart('/')}/{relative}";

    private static string Pool(string instanceType, string zone) => $"pools/{Uri.EscapeDataString(instanceType)}/{Uri.EscapeDataString(zone)}";

    private async Task SendAsync(HttpMethod method, string relative, object? body, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(method, Path(relative)) { Content = body is null ? null : JsonContent.Create(body, body.GetType()) };
        using var response = await _http.SendAsync(request, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            var error = await response.Content.ReadAsStringAsync(cancellationToken);
            throw new LocalCloudAdminException($"{method} {relative} failed with {(int)response.StatusCode}: {error}", response.StatusCode);
        }
    }
}

public sealed class LocalCloudAdminException : Exception
{
    public LocalCloudAdminException()
    {
    }

    public LocalCloudAdminException(string message)
        : base(message)
    {
    }

    public LocalCloudAdminException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public LocalCloudAdminException(string message, System.Net.HttpStatusCode statusCode)
        : base(message)
    {
        StatusCode = statusCode;
    }

    /// <summary>The admin endpoint's answer; 409 Conflict means the instance or pool was not in a state to be hit.</summary>
    public System.Net.HttpStatusCode? StatusCode { get; }
}
