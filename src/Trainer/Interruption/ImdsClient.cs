using System.Globalization;
using System.Net;

namespace Spot.Trainer.Interruption;

/// <summary>
/// IMDSv2 reads: a session token from <c>PUT latest/api/token</c>, renewed before it expires (by the TimeProvider's
/// clock), then <c>GET latest/meta-data/...</c> with the token. A 401 (token lost, say after an IMDS restart) gets
/// one retry with a fresh token. Proxies are bypassed: IMDS answers only on the instance's own link.
/// </summary>
public sealed class ImdsClient : IDisposable
{
    public const string TokenPath = "latest/api/token";
    public const string MetadataPath = "latest/meta-data/";
    public const string TokenHeader = "X-aws-ec2-metadata-token";
    public const string TokenTtlHeader = "X-aws-ec2-metadata-token-ttl-seconds";

    /// <summary>Six hours, the longest IMDS allows, so a healthy run renews rarely.</summary>
    public static readonly TimeSpan DefaultTokenTtl = TimeSpan.FromHours(6);

    /// <summary>IMDS is on the instance itself: a request that takes longer than this is a failed poll.</summary>
    public static readonly TimeSpan DefaultRequestTimeout = TimeSpan.FromSeconds(2);

    private readonly HttpClient _http;
    private readonly TimeProvider _time;
    private readonly TimeSpan _tokenTtl;
    private readonly TimeSpan _requestTimeout;
    private string? _token;
    private DateTimeOffset _renewAt;

    public ImdsClient(Uri endpoint, TimeProvider time, TimeSpan? tokenTtl = null, TimeSpan? requestTimeout = null)
    {
        _tokenTtl = tokenTtl ?? DefaultTokenTtl;
        if (_tokenTtl < TimeSpan.FromSeconds(2) || _tokenTtl > TimeSpan.FromHours(6))
            throw new ArgumentOutOfRangeException(nameof(tokenTtl), _tokenTtl, "IMDS tokens live from 1 second to 6 hours; use at least 2 seconds so one can be renewed in time.");
        _requestTimeout = requestTimeout ?? DefaultRequestTimeout;
        _time = time;
        _http = new HttpClient(new SocketsHttpHandler { UseProxy = false }) { BaseAddress = endpoint, Timeout = Timeout.InfiniteTimeSpan };
        Endpoint = endpoint;
    }

    public Uri Endpoint { get; }

    /// <summary>How many tokens this client has obtained (for tests and logs).</summary>
    public int TokensIssued { get; private set; }

    /// <summary>The body of <c>latest/meta-data/{path}</c>, or null when IMDS answers 404 (the item does not exist).</summary>
    /// <exception cref="HttpRequestException">IMDS is unreachable or answered another error.</exception>
    public async Task<string?> GetMetadataAsync(string path, CancellationToken cancellationToken)
    {
        for (int attempt = 0; ; attempt++)
        {
            var token = await TokenAsync(cancellationToken);
            using var request = new HttpRequestMessage(HttpMethod.Get, MetadataPath + path.TrimStart('/'));
            request.Headers.Add(TokenHeader, token);
            using var response = await SendAsync(request, cancellationToken);
            if (response.StatusCode == HttpStatusCode.NotFound)
                return null;
            if (response.StatusCode == HttpStatusCode.Unauthorized && attempt == 0)
            {
                _token = null;
                continue;
            }
            if (!response.IsSuccessStatusCode)
                throw new HttpRequestException($"GET {MetadataPath}{path} answered {(int)response.StatusCode} {response.ReasonPhrase}", null, response.StatusCode);
            return await response.Content.ReadAsStringAsync(cancellationToken);
        }
    }

    private async Task<string> TokenAsync(CancellationToken cancellationToken)
    {
        if (_token is not null && _time.GetUtcNow() < _renewAt)
            return _token;

        var requested = _time.GetUtcNow();
        using var request = new HttpRequestMessage(HttpMethod.Put, TokenPath);
        request.Headers.Add(TokenTtlHeader, ((int)_tokenTtl.TotalSeconds).ToString(CultureInfo.InvariantCulture));
        using var response = await SendAsync(request, cancellationToken);
        if (!response.IsSuccessStatusCode)
            throw new HttpRequestException($"PUT {TokenPath} answered {(int)response.StatusCode} {response.ReasonPhrase}", null, response.StatusCode);
        var token = (await response.Content.ReadAsStringAsync(cancellationToken)).Trim();
        if (token.Length == 0)
            throw new HttpRequestException($"PUT {TokenPath} answered an empty token");

        // Renew well before expiry, so a token never runs out between two polls or in flight.
        _renewAt = requested + _tokenTtl - TimeSpan.FromTicks(Math.Min(_tokenTtl.Ticks / 2, TimeSpan.FromMinutes(1).Ticks));
        _token = token;
        TokensIssued++;
        return token;
    }

    private async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        using var timeout = new CancellationTokenSource(_requestTimeout, _time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        try
        {
            return await _http.SendAsync(request, linked.Token);
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            throw new HttpRequestException($"{request.Method} {request.RequestUri} got no answer within {_requestTimeout.TotalSeconds:0.#} s");
        }
    }

    public void Dispose() => _http.Dispose();
}
