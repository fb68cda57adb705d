using System.CommandLine;
using Microsoft.Extensions.Logging;
using Spectre.Console;
using Spot.Contracts;
using Spot.Launcher.Cli.LocalCloud;
using Spot.LocalCloud.Hosting;

namespace Spot.Launcher.Cli;

/// <summary>`spot localcloud`: the embedded region as a standalone server, until Ctrl+C.</summary>
public static class LocalCloudCommand
{
    public static Command Create(IAnsiConsole console)
    {
        var command = new Command("localcloud", "Run LocalCloud, the embedded AWS region (EC2, S3, IMDS and a spot market), on loopback.");
        var options = new LocalCloudCommandOptions();
        options.AddTo(command);
        command.Action = new Action(console, options);
        return command;
    }

    private sealed class Action(IAnsiConsole console, LocalCloudCommandOptions options) : CheckedAction(console, "localcloud")
    {
        protected override async Task<int> RunAsync(ParseResult parseResult, CancellationToken cancellationToken)
        {
            var problems = new List<string>();
            var settings = options.Build(parseResult, problems);
            problems.AddRange(LocalCloudOptionsValidator.Problems(settings));
            if (problems.Count > 0) return Fail(problems);

            using var logging = LoggerFactory.Create(b => b.AddSimpleConsole(o => o.SingleLine = true).SetMinimumLevel(LogLevel.Information).AddFilter("Microsoft.AspNetCore", LogLevel.Warning));
            await using var cloud = new LocalCloudHost(settings, TimeProvider.System, logging);
            await cloud.StartAsync(cancellationToken);
            Console.MarkupLine($"LocalCloud [green]ready[/] in {Markup.Escape(settings.Region)} (data in {Markup.Escape(cloud.DataDirectory)})");
            Console.WriteLine($"  EC2 + admin  {cloud.Ec2Endpoint}   (readiness: {cloud.Ec2Endpoint}_localcloud/ready)");
            Console.WriteLine($"  S3           {cloud.S3Endpoint}");
            Console.WriteLine("Point the AWS SDK or CLI at it with:");
            Console.WriteLine($"  export AWS_ENDPOINT_URL_EC2={cloud.Ec2Endpoint} AWS_ENDPOINT_URL_S3={cloud.S3Endpoint}");
            Console.WriteLine($"  export AWS_ACCESS_KEY_ID=localcloud AWS_SECRET_ACCESS_KEY=localcloud AWS_REGION={settings.Region}");
            Console.WriteLine("Ctrl+C stops it; every instance process stops with it.");
            try
            {
                await Task.Delay(Timeout.Infinite, cancellationToken);
            }
            catch (OperationCanceledException)
            {
            }

            await cloud.StopAsync(CancellationToken.None);
            return ExitCodes.Success;
        }
    }
}
