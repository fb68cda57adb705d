using Spot.Contracts.Bootstrap;
using Spot.Launcher.Bootstrap;

namespace Spot.Launcher.Tests.Bootstrap;

public sealed class UserDataRendererTests
{
    private static readonly TrainerSource.LocalCommand FakeTrainer = new(["bash", "-c", "echo hi"]);

    private static Dictionary<string, string> Environment(params (string Name, string Value)[] more)
    {
        var environment = new Dictionary<string, string> { [TrainerEnvironment.JobId] = "mnist", [TrainerEnvironment.TotalSteps] = "200" };
        foreach (var (name, value) in more)
        {
            environment[name] = value;
        }

        return environment;
    }

    [Fact]
    public void Render_gives_the_same_script_whatever_order_the_environment_was_built_in()
    {
        var forward = new Dictionary<string, string> { ["SPOT_JOB_ID"] = "j", ["SPOT_SEED"] = "1", ["SPOT_MODEL"] = "cnn" };
        var backward = new Dictionary<string, string> { ["SPOT_MODEL"] = "cnn", ["SPOT_SEED"] = "1", ["SPOT_JOB_ID"] = "j" };

        Assert.Equal(UserDataRenderer.Render(new BootstrapRequest(forward, FakeTrainer)), UserDataRenderer.Render(new BootstrapRequest(backward, FakeTrainer)));
    }

    [Fact]
    public void Render_for_LocalCloud_runs_the_built_trainer_dll_with_dotnet_and_logs_to_files()
    {
        var script = UserDataRenderer.Render(new BootstrapRequest(Environment(), TrainerSource.LocalBuild("/opt/build/Spot.Trainer.dll")));

        Assert.Contains("export SPOT_JOB_ID='mnist'\n", script, StringComparison.Ordinal);
        Assert.Contains("'dotnet' '/opt/build/Spot.Trainer.dll' >trainer.stdout.log 2>trainer.stderr.log\n", script, StringComparison.Ordinal);
        Assert.EndsWith("exit \"$status\"\n", script, StringComparison.Ordinal);
        Assert.DoesNotContain("shutdown", script, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_for_AWS_fetches_the_bundle_with_the_instance_role_and_always_powers_off()
    {
        var script = UserDataRenderer.Render(new BootstrapRequest(Environment(), new TrainerSource.S3Bundle("spot-artifacts", "trainer/1.0/trainer.tar.gz", "Spot.Trainer")));

        Assert.Contains("trap 'shutdown -h now' EXIT\n", script, StringComparison.Ordinal);
        Assert.Contains("aws s3 cp --only-show-errors 's3://spot-artifacts/trainer/1.0/trainer.tar.gz' trainer.tar.gz || exit 1\n", script, StringComparison.Ordinal);
        Assert.Contains("tar -xzf trainer.tar.gz -C /opt/spot/trainer || exit 1\n", script, StringComparison.Ordinal);
        Assert.Contains("'./Spot.Trainer' >>/var/log/spot/trainer.log 2>&1\n", script, StringComparison.Ordinal);
        Assert.True(script.IndexOf("trap", StringComparison.Ordinal) < script.IndexOf("aws s3 cp", StringComparison.Ordinal), "the trap must be set before anything can fail");
    }

    [Fact]
    public void Render_for_AWS_downloads_a_short_lived_presigned_url()
    {
        var url = new Uri("https://spot-artifacts.s3.amazonaws.com/trainer.tar.gz?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Expires=900&X-Amz-Signature=abc123");

        var script = UserDataRenderer.Render(new BootstrapRequest(Environment(), new TrainerSource.PresignedBundle(url, "bin/Spot.Trainer")));

        Assert.Contains($"curl --fail --silent --show-error --location --retry 5 --output trainer.tar.gz '{url.AbsoluteUri}' || exit 1\n", script, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("http://bucket.s3.amazonaws.com/t.tgz?X-Amz-Expires=900&X-Amz-Signature=a", "must be an absolute https URL")]
    [InlineData("https://bucket.s3.amazonaws.com/t.tgz?X-Amz-Expires=900", "X-Amz-Signature is missing")]
    [InlineData("https://bucket.s3.amazonaws.com/t.tgz?X-Amz-Expires=604800&X-Amz-Signature=a", "X-Amz-Expires must be between 1 and 3600")]
    public void Render_refuses_a_bundle_url_that_is_not_https_not_presigned_or_not_short_lived(string url, string rule)
    {
        var error = Assert.Throws<ArgumentException>(() =>
            UserDataRenderer.Render(new BootstrapRequest(Environment(), new TrainerSource.PresignedBundle(new Uri(url), "Spot.Trainer"))));

        Assert.StartsWith("Trainer.Url:", error.Message, StringComparison.Ordinal);
        Assert.Contains(rule, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("../escape")]
    [InlineData("/abs/path")]
    [InlineData("run me")]
    public void Render_refuses_an_entry_point_outside_the_bundle_or_with_odd_characters(string entryPoint)
    {
        var error = Assert.Throws<ArgumentException>(() =>
            UserDataRenderer.Render(new BootstrapRequest(Environment(), new TrainerSource.S3Bundle("spot-artifacts", "t.tgz", entryPoint))));

        Assert.StartsWith("Trainer.EntryPoint:", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_requires_the_job_id_the_trainer_names_its_checkpoints_after()
    {
        var error = Assert.Throws<ArgumentException>(() =>
            UserDataRenderer.Render(new BootstrapRequest(new Dictionary<string, string> { ["SPOT_SEED"] = "1" }, FakeTrainer)));

        Assert.StartsWith("environment: SPOT_JOB_ID is required", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Quote_keeps_quotes_dollars_backticks_and_newlines_literal()
    {
        Assert.Equal("'it'\\''s $HOME `id`\nnext'", ShellQuote.Quote("it's $HOME `id`\nnext"));
    }
}
