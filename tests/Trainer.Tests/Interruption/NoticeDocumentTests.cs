using Spot.Trainer.Interruption;

namespace Spot.Trainer.Tests.Interruption;

public sealed class NoticeDocumentTests
{
    private static readonly DateTimeOffset Seen = new(2026, 3, 2, 12, 0, 10, TimeSpan.Zero);

    [Fact]
    public void Instance_action_is_read_with_its_action_time_and_lead()
    {
        var notice = InstanceActionNotice.Parse("""{"action": "terminate", "time": "2026-03-02T12:02:10Z"}""", Seen);

        Assert.Equal(("terminate", new DateTimeOffset(2026, 3, 2, 12, 2, 10, TimeSpan.Zero)), (notice.Action, notice.Time));
        Assert.Equal(TimeSpan.FromMinutes(2), notice.Lead);
    }

    [Theory]
    [InlineData("{\"action\": \"terminate\", \"time\": ", "spot/instance-action: not valid JSON")]
    [InlineData("[\"terminate\"]", "spot/instance-action: expected a JSON object, got Array")]
    [InlineData("{\"time\": \"2026-03-02T12:02:10Z\"}", "spot/instance-action: the \"action\" property must be a non-empty string")]
    [InlineData("{\"action\": \"reboot\", \"time\": \"2026-03-02T12:02:10Z\"}", "spot/instance-action: \"action\" is 'reboot', not one of terminate, stop, hibernate")]
    [InlineData("{\"action\": \"stop\", \"time\": \"soon\"}", "spot/instance-action: \"time\" is 'soon', not an ISO-8601 time")]
    public void A_malformed_instance_action_is_refused_naming_the_path_and_the_problem(string json, string expected)
    {
        var error = Assert.Throws<ImdsDocumentException>(() => InstanceActionNotice.Parse(json, Seen));

        Assert.StartsWith(expected, error.Message);
    }

    [Fact]
    public void Rebalance_recommendation_is_read_with_its_notice_time()
    {
        var recommendation = RebalanceRecommendation.Parse("""{"noticeTime": "2026-03-02T12:00:05Z"}""");

        Assert.Equal(new DateTimeOffset(2026, 3, 2, 12, 0, 5, TimeSpan.Zero), recommendation.NoticeTime);
    }

    [Fact]
    public void A_rebalance_recommendation_without_a_notice_time_is_refused()
    {
        var error = Assert.Throws<ImdsDocumentException>(() => RebalanceRecommendation.Parse("{}"));

        Assert.Equal("events/recommendations/rebalance: the \"noticeTime\" property must be a non-empty string", error.Message);
    }
}
