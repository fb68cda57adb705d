using System.Text.RegularExpressions;
using Spectre.Console.Testing;
using Spot.Contracts;
using Spot.Launcher.Cli;

namespace Spot.Launcher.Tests.Cli;

public sealed partial class LocalCloudCommandTests : IDisposable
{
    private readonly string _dataDir = Directory.CreateTempSubdirectory("spot-localcloud-cli-").FullName;

    [Fact]
    public async Task Localcloud_serves_until_cancelled_and_then_exits_cleanly()
    {
        var console = new TestConsole().Width(200);
        using var stop = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        var run = SpotCli.Build(console).Parse(["localcloud", "--port", "0", "--s3-port", "0", "--data-dir", _dataDir]).InvokeAsync(cancellationToken: stop.Token);

        var ec2 = await WaitForEndpointAsync(console, run);
        using var http = new HttpClient();
        var ready = await http.GetStringAsync(new Uri(ec2, "_localcloud/ready"));
        await stop.CancelAsync();

        Assert.Contains("\"ready\":true", ready, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.Success, await run);
        Assert.True(Directory.Exists(Path.Combine(_dataDir, "s3")), "S3 keeps its objects under the data directory");
    }

    [Theory]
    [InlineData("--trace", "p3.2xlarge")]
    [InlineData("--trace", "p3.2xlarge@us-east-1a=/no/such/trace.json")]
    [InlineData("--price-history", "/no/such/prices.csv")]
    [InlineData("--clock-speed", "0")]
    [InlineData("--notice-seconds", "-5")]
    [InlineData("--port", "http")]
    [InlineData("--bogus", "1")]
    public async Task Localcloud_rejects_a_bad_argument_with_exit_code_2_and_names_it(string option, string value)
    {
        var console = new TestConsole().Width(200);

        var code = await SpotCli.RunAsync(["localcloud", "--data-dir", _dataDir, option, value], console);

        Assert.Equal(ExitCodes.BadArguments, code);
        Assert.Contains("error:", console.Output, StringComparison.Ordinal);
        Assert.Matches(option.TrimStart('-') switch
        {
            "clock-speed" => "ClockSpeed",
            "port" => "http",
            _ => Regex.Escape(option),
        }, console.Output);
    }

    private static async Task<Uri> WaitForEndpointAsync(TestConsole console, Task<int> run)
    {
        for (var i = 0; i < 600 && !run.IsCompleted; i++)
        {
            var match = Ec2Line().Match(console.Output);
            if (match.Success) return new Uri(match.Groups[1].Value);
            await Task.Delay(100);
        }

        throw new InvalidOperationException($"LocalCloud did not report ready: {console.Output}");
    }

    [GeneratedRegex(@"EC2 \+ admin\s+(http://\S+)")]
    private static partial Regex Ec2Line();

    public void Dispose() => Directory.Delete(_dataDir, recursive: true);
}
