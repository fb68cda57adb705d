using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Spot.CostModel;

namespace Spot.Launcher.Cloud.Launch;

/// <summary>
/// ClientTokens that make launches idempotent. A token is a hash of job + attempt + the pool (or, for a fleet, the
/// ordered pool list), so:
/// <list type="bullet">
/// <item>a retried request for the same pool (after a timeout, throttling, or a daemon restart mid-launch) carries the
/// same token and gets back the instance EC2 already launched, never a second one;</item>
/// <item>a different pool carries a different token, so it can be tried at all (EC2 refuses a token reused with other
/// parameters).</item>
/// </list>
/// The launcher moves to another pool only after a definite refusal (capacity, price). An unknown outcome is retried
/// in the same pool with the same token, so two pools can never both launch for one attempt.
/// </summary>
public static class LaunchClientToken
{
    /// <summary>EC2 accepts at most 64 ASCII characters.</summary>
    public const int MaxLength = 64;

    public static string ForPool(string jobId, int attempt, LaunchPool pool) =>
        Make("run", jobId, attempt, Describe(pool));

    public static string ForFleet(string jobId, int attempt, IEnumerable<LaunchPool> pools) =>
        Make("fleet", jobId, attempt, string.Join(',', pools.Select(Describe)));

    private static string Describe(LaunchPool pool) =>
        $"{pool.InstanceType}|{pool.AvailabilityZone}|{(pool.Market == Market.Spot ? "spot" : "on-demand")}";

    private static string Make(string kind, string jobId, int attempt, string pools)
    {
        var text = string.Join('\n', kind, jobId, attempt.ToString(CultureInfo.InvariantCulture), pools);
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

        // A readable head for the console and logs; the hash keeps it unique and within the limit.
        return $"spot-{attempt}-{hash[..48]}";
    }
}
