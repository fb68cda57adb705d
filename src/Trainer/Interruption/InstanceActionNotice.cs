namespace Spot.Trainer.Interruption;

/// <summary>
/// The spot interruption notice, <c>meta-data/spot/instance-action</c>: what EC2 will do (terminate, stop or
/// hibernate) and when. <see cref="SeenAt"/> is when this trainer read it, by its own clock.
/// </summary>
public sealed record InstanceActionNotice(string Action, DateTimeOffset Time, DateTimeOffset SeenAt)
{
    public const string Path = "spot/instance-action";

    private static readonly string[] KnownActions = ["terminate", "stop", "hibernate"];

    /// <exception cref="ImdsDocumentException">The document is not <c>{"action": ..., "time": ...}</c> with a known action.</exception>
    public static InstanceActionNotice Parse(string json, DateTimeOffset seenAt)
    {
        var root = ImdsJson.Object(json, Path);
        var action = ImdsJson.String(root, "action", Path);
        if (!KnownActions.Contains(action))
            throw new ImdsDocumentException($"{Path}: \"action\" is '{action}', not one of {string.Join(", ", KnownActions)}");
        return new InstanceActionNotice(action, ImdsJson.Time(root, "time", Path), seenAt);
    }

    /// <summary>Time left before EC2 acts, from when the notice was seen (negative when it arrived late).</summary>
    public TimeSpan Lead => Time - SeenAt;
}
