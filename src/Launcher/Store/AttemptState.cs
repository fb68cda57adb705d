namespace Spot.Launcher.Store;

/// <summary>Where one attempt is. Requested is written before the launch call, with its client token, so a daemon
/// that dies mid-launch retries with the same token and EC2 never starts a second instance.</summary>
public enum AttemptState
{
    /// <summary>Recorded with its client token; the instance request may or may not have reached EC2.</summary>
    Requested,

    /// <summary>EC2 returned an instance id; the instance is pending.</summary>
    Launched,

    /// <summary>The instance runs; billing has started and the ledger has its first price segment.</summary>
    Running,

    /// <summary>The instance is gone (or was never granted); the attempt is closed.</summary>
    Ended,
}
