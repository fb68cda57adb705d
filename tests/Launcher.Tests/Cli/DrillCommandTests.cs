using System.CommandLine;
using System.Text.Json;
using Spectre.Console.Testing;
using Spot.Contracts;
using Spot.Launcher.Cli;
using Spot.Launcher.Cli.Drills;
using Spot.Launcher.Drills;
using Spot.Launcher.Tests.Drills;

namespace Spot.Launcher.Tests.Cli;

/// <summary>`spot drill`'s arguments, exit codes, progress and output. Real drills take tens of seconds each and the
/// drill suite runs them; here a stand-in runner records what it was asked and returns hand-built reports.</summary>
public sealed class DrillCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("spot-drill-cli-").FullName;
    private readonly List<(string Plan, int Seed, DrillOptions Options)> _calls = [];
    private readonly StringWriter _progress = new();

    private static string Quickstart => Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "..", "..", "examples", "quickstart.yaml");

    /// <summary>Runs `spot drill` itself, with the real runner, for arguments that must stop before any drill runs:
    /// asserts exit code 2 and a line holding each of <paramref name="messages"/>.</summary>
    private static async Task AssertRefusedAsync(string[] args, params string[] messages)
    {
        var console = new TestConsole().Width(400);
        var code = await SpotCli.RunAsync(["drill", .. args], console);
        Assert.Equal(ExitCodes.BadArguments, code);
        var lines = console.Output.Split('\n');
        foreach (var message in messages)
            Assert.Contains(lines, l => l.Contains(message, StringComparison.Ordinal));
    }

    /// <summary>With a stand-in runner that fails the runs whose seed is in <paramref name="failing"/>.</summary>
    private async Task<(int Code, string Output)> DrillAsync(string[] args, int[]? failing = null, Func<int, CancellationToken, Task>? during = null,
        ProbeLocalStack? probe = null, CancellationToken cancellationToken = default)
    {
        var console = new TestConsole().Width(250);
        var command = DrillCommand.Create(console, _progress, options => async (spec, plan, seed, token) =>
        {
            _calls.Add((plan.Name, seed, options));
            if (during is not null) await during(seed, token);
            var run = DrillReportSamples.Passed with { Plan = plan.Name, Seed = seed };
            return failing?.Contains(seed) == true ? run with { Failures = ["the job ended Failed; the plan expects Succeeded"] } : run;
        }, probe);
        var code = await new RootCommand { command }.Parse(["drill", .. args]).InvokeAsync(null, cancellationToken);
        return (code, console.Output);
    }

    private string WriteFile(string name, string text)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllText(path, text);
        return path;
    }

    [Fact]
    public Task Drill_of_a_spec_that_does_not_exist_names_it_and_exits_2() =>
        AssertRefusedAsync([Path.Combine(_dir, "nope.yaml")], $"job-spec: '{Path.Combine(_dir, "nope.yaml")}' does not exist");

    [Fact]
    public Task Drill_without_a_spec_argument_exits_2() => AssertRefusedAsync([], "spot drill --help");

    [Fact]
    public Task Drill_of_a_broken_spec_prints_the_specs_problems_and_exits_2()
    {
        var broken = WriteFile("broken.yaml", File.ReadAllText(Quickstart).Replace("budget_usd:", "budget_usdd:", StringComparison.Ordinal));
        return AssertRefusedAsync([broken], $"job-spec {broken}: budget_usdd: unknown key");
    }

    [Theory]
    [InlineData("0", "--repeat: must be at least 1 (got 0).")]
    [InlineData("10001", "--repeat: must be at most 10000 (got 10001)")]
    [InlineData("many", "--repeat: 'many' is not a whole number.")]
    public Task Drill_with_a_repeat_outside_1_to_10000_names_the_rule_and_exits_2(string repeat, string message) =>
        AssertRefusedAsync([Quickstart, "--repeat", repeat], message);

    [Fact]
    public Task Drill_with_seeds_past_the_int_range_names_the_seed_rule() =>
        AssertRefusedAsync([Quickstart, "--seed", "2147483647", "--repeat", "2"], "--seed: runs use seeds 2147483647 to 2147483648, which must stay at most 2147483647");

    [Theory]
    [InlineData("0s")]
    [InlineData("five minutes")]
    public Task Drill_with_a_timeout_that_is_no_positive_duration_names_it(string timeout) =>
        AssertRefusedAsync([Quickstart, "--timeout", timeout], $"--timeout: '{timeout}' must be a duration above zero");

    [Fact]
    public Task Drill_with_an_unknown_plan_name_lists_the_built_in_plans_and_exits_2() =>
        AssertRefusedAsync([Quickstart, "--plan", "no-such-plan"],
            "--plan: 'no-such-plan' is neither a built-in plan nor an existing file", "--plan: the built-in plans are notice-at-random-step, kill-no-notice");

    [Fact]
    public Task Drill_with_a_bad_plan_file_prints_each_problem_on_its_own_line_and_exits_2()
    {
        var plan = WriteFile("bad-plan.yaml", "name: bad\nfaults:\n  - {kind: explode}\n  - {kind: interrupt, at_step: 0%}\n");
        return AssertRefusedAsync([Quickstart, "--plan", plan],
            $"--plan {plan}: faults[0].kind: 'explode' is not one of", $"--plan {plan}: faults[1].at_step: '0%' must be a share");
    }

    [Fact]
    public Task Drill_on_the_aws_profile_is_refused_naming_the_FIS_action_and_the_exit_code() =>
        AssertRefusedAsync([Quickstart, "--profile", "aws"],
            "--profile aws: on real AWS an interruption drill is an AWS FIS experiment (action aws:ec2:send-spot-instance-interruptions", "(exit code 2)");

    [Fact]
    public Task Drill_on_the_localstack_profile_with_nothing_listening_exits_2_with_the_probe_reason()
    {
        // A port just freed: nothing listens there, so the probe is refused at once.
        var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        var port = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        var config = WriteFile("localstack.json", "{\"Spot\": {\"Cloud\": {\"LocalStackEndpoint\": \"http://127.0.0.1:" + port + "\"}}}");
        return AssertRefusedAsync([Quickstart, "--profile", "localstack", "--plan", "kill-no-notice", "--config", config],
            $"--profile localstack: LocalStack at http://127.0.0.1:{port}/ is not usable (ConnectionRefused)");
    }

    [Fact]
    public Task Drill_on_the_localstack_profile_with_a_plan_it_cannot_emulate_exits_2_naming_the_fault_and_the_plans_that_can() =>
        AssertRefusedAsync([Quickstart, "--profile", "localstack", "--plan", "ec2-throttle-30"],
            "--plan: 'ec2-throttle-30' cannot run on --profile localstack: not emulated on LocalStack: ec2_throttle", "notice-at-random-step, kill-no-notice");

    [Theory]
    [InlineData(Spot.Launcher.Cloud.CloudProfile.LocalStack, typeof(Spot.Launcher.Drills.LocalStack.LocalStackDrillRunner))]
    [InlineData(Spot.Launcher.Cloud.CloudProfile.Local, typeof(DrillRunner))]
    public void RunnerFor_picks_the_LocalStack_harness_on_the_localstack_profile_and_LocalCloud_otherwise(Spot.Launcher.Cloud.CloudProfile profile, Type runner)
    {
        var options = new DrillOptions { Settings = () => new Spot.Launcher.Daemon.Hosting.SpotSettings { Cloud = new() { Profile = profile } } };

        Assert.IsType(runner, DrillCommand.RunnerFor(options).Target);
    }

    [Fact]
    public async Task Drill_on_a_reachable_localstack_runs_the_random_plans_it_can_emulate_and_lists_the_others_as_skipped()
    {
        var reachable = new ProbeLocalStack((endpoint, _) => Task.FromResult(
            new Spot.Launcher.Cloud.ProbeResult(endpoint, Spot.Launcher.Cloud.ProbeOutcome.Reachable, "LocalStack 4.4 serves ec2 and s3", "4.4", new Dictionary<string, string>())));
        var plans = Enumerable.Range(1, 12).Select(RandomDrillPlans.Create).ToList();
        var emulated = plans.Where(p => Spot.Launcher.Drills.LocalStack.LocalStackPlans.SkipReasonFor(p) is null).Select(p => p.Name).ToList();
        Assert.InRange(emulated.Count, 1, plans.Count - 1); // The seeds give both kinds, or the test proves nothing.

        var (code, output) = await DrillAsync([Quickstart, "--profile", "localstack", "--repeat", "12", "--seed", "1"], probe: reachable);

        Assert.Equal(ExitCodes.Success, code);
        Assert.Equal(emulated, _calls.Select(c => c.Plan));
        Assert.Contains($"Skipped ({plans.Count - emulated.Count}):", output, StringComparison.Ordinal);
        Assert.Contains("not emulated on LocalStack:", output, StringComparison.Ordinal);
        var skippedSeed = plans.FindIndex(p => !emulated.Contains(p.Name)) + 1;
        Assert.Contains($"run {skippedSeed}/12  random-{skippedSeed}  seed {skippedSeed}  SKIP  not emulated on LocalStack:", _progress.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public Task Drill_refuses_store_since_each_drill_keeps_its_own() =>
        AssertRefusedAsync([Quickstart, "--store", Path.Combine(_dir, "jobs.db")], "--store");

    [Fact]
    public Task Drill_reports_every_bad_argument_at_once() =>
        AssertRefusedAsync([Path.Combine(_dir, "nope.yaml"), "--plan", "no-such-plan", "--timeout", "0s"], "job-spec:", "--plan:", "--timeout:");

    [Fact]
    public async Task Drill_without_a_plan_runs_a_random_plan_per_seed_prints_progress_and_exits_0_when_all_pass()
    {
        var (code, text) = await DrillAsync([Quickstart, "--seed", "5", "--repeat", "3", "--format", "json"]);
        Assert.Equal(ExitCodes.Success, code);
        Assert.Equal([("random-5", 5), ("random-6", 6), ("random-7", 7)], _calls.Select(c => (c.Plan, c.Seed)));
        Assert.Equal(["run 1/3  random-5  seed 5  PASS  41.2 s", "run 2/3  random-6  seed 6  PASS  41.2 s", "run 3/3  random-7  seed 7  PASS  41.2 s"],
            _progress.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        var root = JsonDocument.Parse(text).RootElement;
        Assert.Equal(3, root.GetProperty("runs").GetInt32());
        Assert.Equal("random-7", root.GetProperty("results")[2].GetProperty("plan").GetString());
    }

    [Fact]
    public async Task Drill_with_a_plan_and_repeat_runs_that_plan_on_consecutive_seeds_and_exits_1_when_one_fails()
    {
        var (code, text) = await DrillAsync([Quickstart, "--plan", "kill-no-notice", "--seed", "9", "--repeat", "2"], failing: [10]);
        Assert.Equal(ExitCodes.Failure, code);
        Assert.Equal([("kill-no-notice", 9), ("kill-no-notice", 10)], _calls.Select(c => (c.Plan, c.Seed)));
        Assert.Contains("1/2 passed", text, StringComparison.Ordinal);
        Assert.Contains("Failures of kill-no-notice (seed 10):", text, StringComparison.Ordinal);
        Assert.Contains("FAIL", _progress.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Drill_of_one_run_writes_no_progress_and_shows_the_fault_timeline()
    {
        var (code, text) = await DrillAsync([Quickstart, "--plan", "kill-no-notice"]);
        Assert.Equal(ExitCodes.Success, code);
        Assert.Equal([("kill-no-notice", 1)], _calls.Select(c => (c.Plan, c.Seed)));
        Assert.Empty(_progress.ToString());
        Assert.Contains("Fault timeline of kill-no-notice (seed 1)", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Drill_gives_the_runner_the_timeout_and_fresh_settings_from_the_config_files_on_every_call()
    {
        var config = WriteFile("bucket.json", """{"Spot": {"Daemon": {"Bucket": "drill-bucket"}}}""");
        await DrillAsync([Quickstart, "--plan", "kill-no-notice", "--timeout", "1m30s", "--config", config]);
        var options = Assert.Single(_calls).Options;
        Assert.Equal(TimeSpan.FromSeconds(90), options.Limit);
        var (first, second) = (options.Settings(), options.Settings());
        Assert.NotSame(first, second);
        Assert.Equal(("drill-bucket", "drill-bucket"), (first.Daemon.Bucket, second.Daemon.Bucket));
        Assert.Equal(Spot.Launcher.Cloud.CloudProfile.Local, first.Cloud.Profile);
    }

    [Fact]
    public async Task Drill_whose_plan_the_job_cannot_take_prints_the_runners_reason_and_exits_2()
    {
        var (code, text) = await DrillAsync([Quickstart, "--plan", "deadline-forces-on-demand"],
            during: (_, _) => throw new DrillPlanException("plan 'deadline-forces-on-demand': deadline_at_risk needs a job with market: spot-then-on-demand"));
        Assert.Equal(ExitCodes.BadArguments, code);
        Assert.Contains("deadline_at_risk needs a job with market: spot-then-on-demand", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Drill_cancelled_part_way_reports_the_finished_runs_and_exits_1()
    {
        using var cancel = new CancellationTokenSource();
        var (code, text) = await DrillAsync([Quickstart, "--repeat", "3", "--format", "json"], during: async (seed, token) =>
        {
            if (seed < 2) return;
            await cancel.CancelAsync();
            token.ThrowIfCancellationRequested();
        }, cancellationToken: cancel.Token);
        Assert.Equal(ExitCodes.Failure, code);
        Assert.Contains("drill: cancelled after 1 of 3 run(s)", _progress.ToString(), StringComparison.Ordinal);
        Assert.Equal(1, JsonDocument.Parse(text).RootElement.GetProperty("runs").GetInt32());
    }

    public void Dispose()
    {
        _progress.Dispose();
        Directory.Delete(_dir, recursive: true);
    }
}
