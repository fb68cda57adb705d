using Spot.Launcher.Jobs.Spec;

namespace Spot.Launcher.Tests.Jobs.Spec;

public class DeadlineSpecTests
{
    private static readonly DateTimeOffset Submitted = new(2026, 11, 20, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void ResolveAt_counts_a_span_from_submission()
    {
        Assert.Equal(Submitted.AddHours(6), DeadlineSpec.FromSubmission(TimeSpan.FromHours(6)).ResolveAt(Submitted));
    }

    [Fact]
    public void ResolveAt_keeps_a_fixed_instant_after_submission()
    {
        var at = Submitted.AddDays(1);

        Assert.Equal(at, DeadlineSpec.Instant(at).ResolveAt(Submitted));
    }

    [Fact]
    public void ResolveAt_rejects_a_fixed_instant_that_has_passed_and_names_the_deadline_field()
    {
        var error = Assert.Throws<JobSpecException>(() => DeadlineSpec.Instant(Submitted.AddMinutes(-1)).ResolveAt(Submitted));

        var problem = Assert.Single(error.Problems);
        Assert.Equal("deadline", problem.Path);
        Assert.Contains("has already passed at submission", problem.Message, StringComparison.Ordinal);
    }
}
