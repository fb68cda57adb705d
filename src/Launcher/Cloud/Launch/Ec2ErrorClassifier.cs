using System.Net;
using Amazon.Runtime;

namespace Spot.Launcher.Cloud.Launch;

/// <summary>
/// Sorts EC2 errors into what the launcher does next, from one table. Codes come from AWS's EC2 error reference and
/// the spot request status codes (DESIGN.md §3); each quota or permission entry says which one is missing.
/// </summary>
public static class Ec2ErrorClassifier
{
    private static readonly Dictionary<string, (Ec2ErrorClass Class, string Meaning)> Table = new(StringComparer.Ordinal)
    {
        ["RequestLimitExceeded"] = (Ec2ErrorClass.Throttled, "the EC2 API request rate limit for this account"),
        ["Throttling"] = (Ec2ErrorClass.Throttled, "the EC2 API request rate limit for this account"),
        ["InternalError"] = (Ec2ErrorClass.Transient, "an internal error in EC2"),
        ["ServiceUnavailable"] = (Ec2ErrorClass.Transient, "EC2 being unavailable"),
        ["Unavailable"] = (Ec2ErrorClass.Transient, "EC2 being unavailable"),
        ["InsufficientInstanceCapacity"] = (Ec2ErrorClass.NextPool, "no capacity for this type in this zone"),
        ["InsufficientCapacity"] = (Ec2ErrorClass.NextPool, "no capacity for this request"),
        ["UnfulfillableCapacity"] = (Ec2ErrorClass.NextPool, "capacity that cannot be fulfilled"),
        ["capacity-not-available"] = (Ec2ErrorClass.NextPool, "no spot capacity in this pool"),
        ["SpotMaxPriceTooLow"] = (Ec2ErrorClass.NextPool, "a spot price above the job's ceiling"),
        ["price-too-low"] = (Ec2ErrorClass.NextPool, "a spot price above the job's ceiling"),
        ["Unsupported"] = (Ec2ErrorClass.NextPool, "this type not being offered in this zone"),
        ["MaxSpotInstanceCountExceeded"] = (Ec2ErrorClass.Quota,
            "the account's Spot Instance quota (Service Quotas: \"All ... Spot Instance Requests\", counted in vCPUs per instance family)"),
        ["VcpuLimitExceeded"] = (Ec2ErrorClass.Quota,
            "the account's On-Demand vCPU quota for this instance family (Service Quotas: \"Running On-Demand ... instances\")"),
        ["InstanceLimitExceeded"] = (Ec2ErrorClass.Quota, "the account's instance count limit for this instance type in the region"),
        ["UnauthorizedOperation"] = (Ec2ErrorClass.Unauthorized,
            "an IAM permission the launcher's role lacks (ec2:RunInstances, ec2:CreateFleet, ec2:CreateLaunchTemplate, ec2:CreateTags, or iam:PassRole for the instance profile)"),
        ["AuthFailure"] = (Ec2ErrorClass.Unauthorized, "credentials AWS could not validate (check the profile, the clock and the keys)"),
    };

    /// <summary>The class of an AWS error code; codes not in the table are fatal unless AWS marked them as server faults.</summary>
    public static Ec2ErrorClass Classify(string? errorCode, HttpStatusCode status = HttpStatusCode.BadRequest) =>
        errorCode is not null && Table.TryGetValue(errorCode, out var entry) ? entry.Class
        : (int)status >= 500 ? Ec2ErrorClass.Transient
        : Ec2ErrorClass.Fatal;

    /// <summary>The class of an exception thrown by an EC2 call; a timeout or a broken connection leaves the outcome unknown.</summary>
    public static Ec2ErrorClass Classify(Exception exception, CancellationToken callerToken) => exception switch
    {
        AmazonServiceException service when service.ErrorCode is not null || service.StatusCode != 0 =>
            Classify(service.ErrorCode, service.StatusCode),
        Ec2CallException call => Classify(call.ErrorCode),
        OperationCanceledException when !callerToken.IsCancellationRequested => Ec2ErrorClass.Transient,
        TimeoutException or HttpRequestException or IOException => Ec2ErrorClass.Transient,
        AmazonServiceException { InnerException: { } inner } => Classify(inner, callerToken),
        _ => Ec2ErrorClass.Fatal,
    };

    /// <summary>What the code means in words, naming the quota or permission where there is one.</summary>
    public static string Explain(string? errorCode) =>
        errorCode is not null && Table.TryGetValue(errorCode, out var entry) ? entry.Meaning : "an error Spot does not recognise";
}
