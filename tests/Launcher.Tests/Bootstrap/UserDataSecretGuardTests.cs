using Spot.Contracts.Bootstrap;
using Spot.Launcher.Bootstrap;

namespace Spot.Launcher.Tests.Bootstrap;

public sealed class UserDataSecretGuardTests
{
    private static ArgumentException Refused(string name, string value) =>
        Assert.Throws<ArgumentException>(() => UserDataRenderer.Render(new BootstrapRequest(
            new Dictionary<string, string> { [TrainerEnvironment.JobId] = "job", [name] = value },
            new TrainerSource.LocalCommand(["true"]))));

    [Theory]
    [InlineData("AWS_SECRET_ACCESS_KEY")]
    [InlineData("AWS_SESSION_TOKEN")]
    [InlineData("AWS_ACCESS_KEY_ID")]
    [InlineData("HOME")]
    [InlineData("spot_lower_case")]
    public void Render_refuses_any_name_that_is_not_SPOT_and_says_so(string name)
    {
        var error = Refused(name, "x");

        Assert.StartsWith($"environment: '{name}' is not a SPOT_* name", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("SPOT_AWS_SECRET")]
    [InlineData("SPOT_SESSION_TOKEN")]
    [InlineData("SPOT_DB_PASSWORD")]
    [InlineData("SPOT_HF_API_KEY")]
    public void Render_refuses_a_SPOT_name_that_names_a_secret(string name)
    {
        var error = Refused(name, "x");

        Assert.StartsWith($"environment: '{name}' names a secret", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("AKIAIOSFODNN7EXAMPLE", "an AWS access key id")]
    [InlineData("wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", "an AWS secret access key")]
    [InlineData("aws_secret_access_key=abc", "AWS secret or session credentials")]
    [InlineData("export AWS_SESSION_TOKEN=abc", "AWS secret or session credentials")]
    [InlineData("-----BEGIN RSA PRIVATE KEY-----\nMII", "a private key")]
    [InlineData("https://user:hunter2@data.example.com/set", "a user name and password")]
    [InlineData("https://b.s3.amazonaws.com/k?X-Amz-Credential=AK%2F1&X-Amz-Signature=f", "a signed URL")]
    public void Render_refuses_a_credential_like_value_naming_the_variable(string value, string rule)
    {
        var error = Refused("SPOT_DATA_URI", value);

        Assert.StartsWith("environment: SPOT_DATA_URI: the value ", error.Message, StringComparison.Ordinal);
        Assert.Contains(rule, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("s3://spot-data/fashion-mnist")]
    [InlineData("hidden=256,128;dropout=0.1")]
    [InlineData("da39a3ee5e6b4b0d3255bfef95601890afd80709")]
    public void Render_accepts_ordinary_settings_including_hex_digests(string value)
    {
        var script = UserDataRenderer.Render(new BootstrapRequest(
            new Dictionary<string, string> { [TrainerEnvironment.JobId] = "job", ["SPOT_DATA_URI"] = value },
            new TrainerSource.LocalCommand(["true"])));

        Assert.Contains($"export SPOT_DATA_URI={ShellQuote.Quote(value)}\n", script, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_never_writes_AWS_credential_names_into_the_script()
    {
        var script = UserDataRenderer.Render(new BootstrapRequest(
            new Dictionary<string, string> { [TrainerEnvironment.JobId] = "job" },
            new TrainerSource.S3Bundle("spot-artifacts", "t.tgz", "Spot.Trainer")));

        Assert.DoesNotContain("AWS_SECRET", script, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("AWS_SESSION", script, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("AWS_ACCESS_KEY", script, StringComparison.OrdinalIgnoreCase);
    }
}
