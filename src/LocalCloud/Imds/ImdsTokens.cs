using System.Collections.Concurrent;
using System.Security.Cryptography;

namespace Spot.LocalCloud.Imds;

/// <summary>IMDSv2 session tokens. Their lifetime is protocol time, so it runs on the real clock, not market time.</summary>
public sealed class ImdsTokens(TimeProvider clock)
{
    public const int MaxTtlSeconds = 21_600;

    private readonly ConcurrentDictionary<string, DateTimeOffset> _expiries = new(StringComparer.Ordinal);

    public string Issue(int ttlSeconds)
    {
        var token = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
        _expiries[token] = clock.GetUtcNow().AddSeconds(ttlSeconds);
        return token;
    }

    public bool IsValid(string token) => _expiries.TryGetValue(token, out var expiry) && clock.GetUtcNow() < expiry;
}
