namespace Spot.LocalCloud.Ec2;

/// <summary>
/// ClientToken idempotency: a retried call with the same token and the same parameters gets the first call's result
/// instead of launching again; the same token with other parameters is IdempotentParameterMismatch.
/// </summary>
public sealed class ClientTokens
{
    private readonly Lock _sync = new();
    private readonly Dictionary<(string Action, string Token), (string Fingerprint, object Result)> _seen = [];

    public T Once<T>(string action, string? token, QueryParameters query, Func<T> run)
        where T : class
    {
        if (token is null)
        {
            return run();
        }

        if (token.Length > 64)
        {
            throw Ec2Errors.InvalidParameterValue("ClientToken", token, "It must be at most 64 characters long.");
        }

        var fingerprint = query.Fingerprint("ClientToken");
        lock (_sync)
        {
            if (_seen.TryGetValue((action, token), out var earlier))
            {
                return earlier.Fingerprint == fingerprint ? (T)earlier.Result : throw Ec2Errors.IdempotentParameterMismatch(token);
            }

            // Held while launching so a concurrent retry waits for, then returns, this result.
            var result = run();
            _seen[(action, token)] = (fingerprint, result);
            return result;
        }
    }
}
