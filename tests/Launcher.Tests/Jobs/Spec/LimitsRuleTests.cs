using Spot.Launcher.Jobs.Spec;

namespace Spot.Launcher.Tests.Jobs.Spec;

public class LimitsRuleTests
{
    [Theory]
    [InlineData("spot", JobMarket.Spot)]
    [InlineData("on-demand", JobMarket.OnDemand)]
    [InlineData("spot-then-on-demand", JobMarket.SpotThenOnDemand)]
    public void Read_accepts_each_market(string text, JobMarket market)
    {
        Assert.Equal(market, SpecYaml.Read(SpecYaml.Top($"market: {text}")).Market);
    }

    [Fact]
    public void Read_rejects_an_unknown_market_and_lists_the_three()
    {
        SpecYaml.AssertOne(SpecYaml.Top("market: reserved"), "market", "'reserved' is not one of spot, on-demand, spot-then-on-demand");
    }

    [Fact]
    public void Read_requires_a_budget()
    {
        var yaml = "name: demo\ntrainer: {model: cnn, dataset: fashion-mnist, steps: 10}\n";

        SpecYaml.AssertOne(yaml, "budget_usd", "is required; a number above 0");
    }

    [Theory]
    [InlineData("budget_usd: 0", "must be above 0 and at most 1000000 (got 0)")]
    [InlineData("budget_usd: ten", "must be a number above 0 and at most 1000000 (got 'ten')")]
    public void Read_rejects_a_budget_that_is_not_a_positive_amount(string line, string rule)
    {
        SpecYaml.AssertOne(SpecYaml.Top(line), "budget_usd", rule);
    }

    [Fact]
    public void Read_keeps_the_budget_exact_to_the_cent()
    {
        Assert.Equal(0.35m, SpecYaml.Read(SpecYaml.Top("budget_usd: 0.35")).BudgetUsd);
    }

    [Theory]
    [InlineData("bid_ceiling: {usd_per_hour: 0.5}", 0.5, null)]
    [InlineData("bid_ceiling: {fraction_of_on_demand: 0.7}", null, 0.7)]
    public void Read_accepts_either_form_of_bid_ceiling(string line, double? absolute, double? fraction)
    {
        var ceiling = SpecYaml.Read(SpecYaml.Top(line)).BidCeiling;

        Assert.Equal(new BidCeilingSpec((decimal?)absolute, (decimal?)fraction), ceiling);
    }

    [Theory]
    [InlineData("bid_ceiling: {usd_per_hour: 0.5, fraction_of_on_demand: 0.7}", "bid_ceiling.fraction_of_on_demand", "give usd_per_hour or fraction_of_on_demand, not both")]
    [InlineData("bid_ceiling: {fraction_of_on_demand: 1.2}", "bid_ceiling.fraction_of_on_demand", "must be above 0 and at most 1 (got 1.2)")]
    [InlineData("bid_ceiling: {usd_per_hour: 0}", "bid_ceiling.usd_per_hour", "must be above 0")]
    [InlineData("bid_ceiling: {}", "bid_ceiling", "needs usd_per_hour (e.g. 0.5) or fraction_of_on_demand (e.g. 0.7)")]
    [InlineData("bid_ceiling: 0.5", "bid_ceiling", "must be a mapping of keys usd_per_hour, fraction_of_on_demand, not '0.5'")]
    public void Read_names_the_bid_ceiling_rule_broken(string line, string path, string rule)
    {
        SpecYaml.AssertOne(SpecYaml.Top(line), path, rule);
    }

    [Fact]
    public void Read_rejects_a_bid_ceiling_on_an_on_demand_job()
    {
        SpecYaml.AssertOne(SpecYaml.Top("market: on-demand", "bid_ceiling: {usd_per_hour: 0.5}"), "bid_ceiling", "bounds spot prices only; market is on-demand");
    }

    [Theory]
    [InlineData("deadline: 6h", 6 * 3600)]
    [InlineData("deadline: 1h30m", 5400)]
    [InlineData("deadline: 2d", 2 * 86_400)]
    [InlineData("deadline: 45m", 2700)]
    public void Read_reads_a_deadline_span_from_submission(string line, int seconds)
    {
        Assert.Equal(DeadlineSpec.FromSubmission(TimeSpan.FromSeconds(seconds)), SpecYaml.Read(SpecYaml.Top(line)).Deadline);
    }

    [Fact]
    public void Read_reads_a_deadline_instant_with_its_offset()
    {
        var deadline = SpecYaml.Read(SpecYaml.Top("deadline: 2026-12-01T18:00:00+01:00")).Deadline;

        Assert.Equal(DeadlineSpec.Instant(new DateTimeOffset(2026, 12, 1, 17, 0, 0, TimeSpan.Zero)), deadline);
    }

    [Theory]
    [InlineData("deadline: 2026-12-01T18:00:00", "is neither an ISO-8601 instant with a zone")]
    [InlineData("deadline: 2026-02-30T18:00:00Z", "is not a real date and time")]
    [InlineData("deadline: 0h", "a span above zero from submission")]
    [InlineData("deadline: soon", "is neither an ISO-8601 instant with a zone")]
    public void Read_rejects_a_deadline_that_is_neither_a_zoned_instant_nor_a_span(string line, string rule)
    {
        SpecYaml.AssertOne(SpecYaml.Top(line), "deadline", rule);
    }

    [Theory]
    [InlineData("max_restarts: -1", "max_restarts", "must be between 0 and 100 (got -1)")]
    [InlineData("work_hours: 0", "work_hours", "must be above 0 and at most 100000 (got 0)")]
    public void Read_names_the_rule_for_restarts_and_work_estimate(string line, string path, string rule)
    {
        SpecYaml.AssertOne(SpecYaml.Top(line), path, rule);
    }

    [Theory]
    [InlineData("name: Demo", "must be 1-63 lowercase letters")]
    [InlineData("name: 1demo", "starting with a letter")]
    [InlineData("name: demo-", "not ending with a hyphen")]
    public void Read_rejects_a_name_that_is_not_a_dns_label(string line, string rule)
    {
        var yaml = SpecYaml.Minimal.Replace("name: demo", line, StringComparison.Ordinal);

        SpecYaml.AssertOne(yaml, "name", rule);
    }

    [Fact]
    public void Read_rejects_a_name_longer_than_63_characters()
    {
        var yaml = SpecYaml.Minimal.Replace("name: demo", "name: " + new string('a', 64), StringComparison.Ordinal);

        SpecYaml.AssertOne(yaml, "name", "must be 1-63");
    }
}
