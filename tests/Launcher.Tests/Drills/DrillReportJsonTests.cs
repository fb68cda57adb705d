using System.Text.Json;
using Spot.Launcher.Cli.Drills;
using Spot.Launcher.Drills;
using static Spot.Launcher.Tests.Drills.DrillReportSamples;

namespace Spot.Launcher.Tests.Drills;

public sealed class DrillReportJsonTests
{
    private static JsonElement Parse(DrillReport report) => JsonDocument.Parse(DrillReportJson.Write(report)).RootElement;

    private static JsonElement TwoRuns() => Parse(new DrillReport([Passed, Failed]));

    [Fact]
    public void Top_level_keys_come_in_a_fixed_order_with_the_totals_of_both_runs()
    {
        var root = TwoRuns();
        Assert.Equal(["runs", "passed", "failed", "leftover_instances", "weights_identical", "results", "skipped"], root.EnumerateObject().Select(p => p.Name));
        Assert.Equal(0, root.GetProperty("skipped").GetArrayLength());
        Assert.Equal(2, root.GetProperty("runs").GetInt32());
        Assert.Equal(1, root.GetProperty("passed").GetInt32());
        Assert.Equal(1, root.GetProperty("failed").GetInt32());
        Assert.Equal(1, root.GetProperty("leftover_instances").GetInt32());
        Assert.False(root.GetProperty("weights_identical").GetBoolean());
        Assert.Equal(2, root.GetProperty("results").GetArrayLength());
    }

    [Fact]
    public void Passed_run_carries_its_states_checks_and_fault_in_snake_case()
    {
        var run = TwoRuns().GetProperty("results")[0];
        Assert.Equal("kill-no-notice", run.GetProperty("plan").GetString());
        Assert.Equal(3, run.GetProperty("seed").GetInt32());
        Assert.Equal("quickstart", run.GetProperty("job").GetString());
        Assert.Equal("succeeded", run.GetProperty("expected").GetString());
        Assert.Equal("succeeded", run.GetProperty("final").GetString());
        Assert.True(run.GetProperty("passed").GetBoolean());
        Assert.Equal(0, run.GetProperty("failures").GetArrayLength());
        Assert.Equal(41.235, run.GetProperty("elapsed_seconds").GetDouble());
        Assert.Equal(10, run.GetProperty("steps_lost").GetInt64());
        Assert.True(run.GetProperty("weights_identical").GetBoolean());
        Assert.Equal(0, run.GetProperty("leftover_instances").GetInt32());
        Assert.Equal(["user_terminated", "completed"], run.GetProperty("expected_end_reasons").EnumerateArray().Select(e => e.GetString()));
        Assert.True(run.GetProperty("ledger_consistent").GetBoolean());

        var latest = run.GetProperty("latest");
        Assert.Equal("ckpt-000600", latest.GetProperty("checkpoint").GetString());
        Assert.Equal(600, latest.GetProperty("step").GetInt64());
        Assert.True(latest.GetProperty("verifies").GetBoolean());
        Assert.Equal(JsonValueKind.Null, latest.GetProperty("problem").ValueKind);

        var fault = run.GetProperty("faults")[0];
        Assert.Equal("kill", fault.GetProperty("fault").GetString());
        Assert.True(fault.GetProperty("fired").GetBoolean());
        Assert.Equal(12.5, fault.GetProperty("at_seconds").GetDouble());
        Assert.Equal(1, fault.GetProperty("attempt").GetInt32());
        Assert.Equal("i-0aaa", fault.GetProperty("instance_id").GetString());
        Assert.Equal(210, fault.GetProperty("step").GetInt64());
        Assert.Equal("attempt 1 lost: terminated", fault.GetProperty("absorbed").GetString());
        Assert.Equal(8.25, fault.GetProperty("recovery_seconds").GetDouble());
    }

    [Fact]
    public void Ledger_attempts_are_billed_per_second_with_the_60_s_minimum_against_on_demand()
    {
        var ledger = TwoRuns().GetProperty("results")[0].GetProperty("ledger");
        var first = ledger[0];
        Assert.Equal("g4dn.xlarge", first.GetProperty("instance_type").GetString());
        Assert.Equal("us-east-1a", first.GetProperty("availability_zone").GetString());
        Assert.Equal("spot", first.GetProperty("market").GetString());
        Assert.Equal("user_terminated", first.GetProperty("end_reason").GetString());
        Assert.Equal(210, first.GetProperty("steps_done").GetInt64());
        Assert.Equal(10, first.GetProperty("steps_since_checkpoint").GetInt64());
        Assert.Equal(0.20m, first.GetProperty("price_segments")[0].GetProperty("usd_per_hour").GetDecimal());
        Assert.Equal(600, first.GetProperty("used_seconds").GetInt64());
        // 600 s at $0.20/h = $0.033333; at $0.526/h on-demand = $0.087667.
        Assert.Equal(0.033333m, first.GetProperty("cost_usd").GetDecimal());
        Assert.Equal(0.087667m, first.GetProperty("on_demand_usd").GetDecimal());
        Assert.False(first.GetProperty("free_spot_interruption").GetBoolean());

        var second = ledger[1];
        // 30 s used is billed as the 60 s minimum: 60 s at $0.25/h = $0.004167; at $0.526/h = $0.008767.
        Assert.Equal(30, second.GetProperty("used_seconds").GetInt64());
        Assert.Equal(60, second.GetProperty("billed_seconds").GetInt64());
        Assert.Equal(0.004167m, second.GetProperty("cost_usd").GetDecimal());
        Assert.Equal(0.008767m, second.GetProperty("on_demand_usd").GetDecimal());
        Assert.Equal("completed", second.GetProperty("end_reason").GetString());
    }

    [Fact]
    public void Failed_run_shows_its_failures_a_free_interruption_and_nulls_for_what_never_happened()
    {
        var run = TwoRuns().GetProperty("results")[1];
        Assert.False(run.GetProperty("passed").GetBoolean());
        Assert.Equal("running", run.GetProperty("final").GetString());
        Assert.Equal(["the job was still Running when the drill ran out of time", "1 instance(s) left running"],
            run.GetProperty("failures").EnumerateArray().Select(e => e.GetString()));
        Assert.False(run.GetProperty("weights_identical").GetBoolean());
        Assert.False(run.GetProperty("latest").GetProperty("verifies").GetBoolean());
        Assert.Equal("part model.bin does not match", run.GetProperty("latest").GetProperty("problem").GetString());
        Assert.False(run.GetProperty("ledger_consistent").GetBoolean());

        var interrupted = run.GetProperty("ledger")[0];
        // AWS took it back 30 min in: the first hour is free, but on-demand would have charged 1,800 s at $0.526/h = $0.263.
        Assert.Equal(0m, interrupted.GetProperty("cost_usd").GetDecimal());
        Assert.Equal(0, interrupted.GetProperty("billed_seconds").GetInt64());
        Assert.True(interrupted.GetProperty("free_spot_interruption").GetBoolean());
        Assert.Equal(0.263m, interrupted.GetProperty("on_demand_usd").GetDecimal());

        var running = run.GetProperty("ledger")[1];
        foreach (var key in new[] { "ended_at", "end_reason", "used_seconds", "cost_usd", "on_demand_usd", "free_spot_interruption" })
            Assert.Equal(JsonValueKind.Null, running.GetProperty(key).ValueKind);

        var unfired = run.GetProperty("faults")[1];
        Assert.False(unfired.GetProperty("fired").GetBoolean());
        Assert.Equal(JsonValueKind.Null, unfired.GetProperty("attempt").ValueKind);
        Assert.Equal(JsonValueKind.Null, unfired.GetProperty("recovery_seconds").ValueKind);
    }

    [Fact]
    public void Weights_identical_is_true_when_every_run_matched_or_expected_no_success()
    {
        var noSuccessExpected = Passed with { WeightsIdentical = null };
        Assert.True(Parse(new DrillReport([Passed, noSuccessExpected])).GetProperty("weights_identical").GetBoolean());
        var results = Parse(new DrillReport([noSuccessExpected])).GetProperty("results");
        Assert.Equal(JsonValueKind.Null, results[0].GetProperty("weights_identical").ValueKind);
    }

    [Fact]
    public void Weights_identical_is_false_when_one_run_of_several_differs()
    {
        var differs = Passed with { WeightsIdentical = false };
        Assert.False(Parse(new DrillReport([Passed, differs, Passed with { WeightsIdentical = null }])).GetProperty("weights_identical").GetBoolean());
    }

    [Fact]
    public void Json_lists_each_skipped_plan_with_its_reason()
    {
        var report = new DrillReport([Passed]) { Skipped = [new SkippedDrill("ec2-throttle-30", "not emulated on LocalStack: ec2_throttle: why")] };

        var skipped = Parse(report).GetProperty("skipped");

        Assert.Equal(1, skipped.GetArrayLength());
        Assert.Equal(("ec2-throttle-30", "not emulated on LocalStack: ec2_throttle: why"),
            (skipped[0].GetProperty("plan").GetString(), skipped[0].GetProperty("reason").GetString()));
    }
}
