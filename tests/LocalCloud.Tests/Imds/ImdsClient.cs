using System.Net;

namespace Spot.LocalCloud.Tests.Imds;

/// <summary>What an instance's SDK does against IMDS: IMDSv2 token first, then GETs carrying it.</summary>
internal sealed class ImdsClient(Uri endpoint) : IDisposable
{
    private readonly HttpClient _http = new() { BaseAddress = endpoint };

    public async Task<string> TokenAsync(int ttlSeconds = 21600)
    {
        using var request = new HttpRequestMessage(HttpMethod.Put, "latest/api/token");
        request.Headers.Add("X-aws-ec2-metadata-token-ttl-seconds", ttlSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture));
        using var response = await _http.SendAsync(request);
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadAsStringAsync();
    }

    public async Task<(HttpStatusCode Status, string Body)> GetAsync(string path, string? token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "latest/" + path);
        if (token is not null)
        {
            request.Headers.Add("X-aws-ec2-metadata-token", token);
        }

        using var response = await _http.SendAsync(request);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    public async Task<string> ReadAsync(string path) => (await GetAsync(path, await TokenAsync())).Body;

    public void Dispose() => _http.Dispose();
}
