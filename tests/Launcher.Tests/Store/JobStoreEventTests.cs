using Spot.Launcher.Store;

namespace Spot.Launcher.Tests.Store;

public sealed class JobStoreEventTests : StoreTestBase
{
    [Fact]
    public async Task ListEventsAsync_returns_only_lines_after_the_given_id_when_a_follower_has_seen_some()
    {
        var other = await Store.CreateJobAsync(StoreTestKit.Job("bert"), None);
        var first = await Store.AppendEventAsync(Job.Id, null, JobEventLevel.Info, "placing", None);
        await Store.AppendEventAsync(other.Id, null, JobEventLevel.Info, "bert placing", None);
        Kit.Time.Advance(TimeSpan.FromSeconds(3));
        var second = await Store.AppendEventAsync(Job.Id, null, JobEventLevel.Warning, "capacity error in us-east-1a", None);

        var all = await Store.ListEventsAsync(Job.Id, afterId: 0, None);
        var newer = await Store.ListEventsAsync(Job.Id, afterId: first.Id, None);

        Assert.Equal([first, second], all);
        Assert.Equal([second], newer);
        Assert.Equal(new JobEvent(second.Id, Job.Id, null, StoreTestKit.Start.AddSeconds(3), JobEventLevel.Warning,
            "capacity error in us-east-1a"), second);
    }

    [Fact]
    public async Task AppendEventAsync_throws_naming_the_attempt_when_the_line_names_an_attempt_that_does_not_exist()
    {
        var error = await Assert.ThrowsAsync<AttemptNotFoundException>(
            () => Store.AppendEventAsync(Job.Id, 3, JobEventLevel.Error, "boom", None));

        Assert.Equal(3, error.Attempt);
        Assert.Empty(await Store.ListEventsAsync(Job.Id, 0, None));
    }

    [Fact]
    public async Task AppendEventAsync_throws_naming_the_message_argument_when_the_line_is_blank()
    {
        var error = await Assert.ThrowsAsync<ArgumentException>(
            () => Store.AppendEventAsync(Job.Id, null, JobEventLevel.Info, "", None));

        Assert.Equal("message", error.ParamName);
    }
}
