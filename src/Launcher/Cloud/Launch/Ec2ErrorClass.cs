namespace Spot.Launcher.Cloud.Launch;

/// <summary>What the launcher does about an EC2 error.</summary>
public enum Ec2ErrorClass
{
    /// <summary>Too many calls: retry the same request (same ClientToken) after an exponential, jittered pause.</summary>
    Throttled,

    /// <summary>The answer is unknown (timeout, 5xx): retry the same request, whose ClientToken keeps it from launching twice.</summary>
    Transient,

    /// <summary>This pool cannot serve now (capacity, price): try the next pool and count a failure against this one.</summary>
    NextPool,

    /// <summary>An account quota is reached: no other pool helps, fail at once.</summary>
    Quota,

    /// <summary>The caller may not do this: fail at once.</summary>
    Unauthorized,

    /// <summary>Anything else: fail with AWS's code and message.</summary>
    Fatal,
}
