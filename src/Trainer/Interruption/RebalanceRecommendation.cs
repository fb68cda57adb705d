namespace Spot.Trainer.Interruption;

/// <summary>
/// <c>meta-data/events/recommendations/rebalance</c>: EC2 sees an elevated risk of interruption for this instance.
/// It is advice, not a notice; the trainer checkpoints early and keeps going.
/// </summary>
public sealed record RebalanceRecommendation(DateTimeOffset NoticeTime)
{
    public const string Path = "events/recommendations/rebalance";

    /// <exception cref="ImdsDocumentException">The document is not <c>{"noticeTime": ...}</c>.</exception>
    public static RebalanceRecommendation Parse(string json) =>
        new(ImdsJson.Time(ImdsJson.Object(json, Path), "noticeTime", Path));
}
