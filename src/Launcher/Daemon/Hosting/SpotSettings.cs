using Microsoft.Extensions.Configuration;
using Spot.Launcher.Cloud;
using Spot.Launcher.Cloud.Instances;
using Spot.Launcher.Cloud.Launch;
using Spot.Launcher.Cloud.Pricing;
using Spot.Launcher.Store;
using Spot.LocalCloud.Hosting;

namespace Spot.Launcher.Daemon.Hosting;

/// <summary>
/// Every setting of the daemon, bound from the configuration section "Spot" (appsettings.json, appsettings.{profile}.json,
/// SPOT__* environment variables, then the command line), and validated as a whole before anything starts.
/// </summary>
public sealed class SpotSettings
{
    public const string SectionName = "Spot";

    public CloudOptions Cloud { get; set; } = new();
    public LaunchOptions Launch { get; set; } = new() { ImageId = "ami-spot-trainer" };
    public JobStoreOptions Store { get; set; } = new();
    public InstancesOptions Instances { get; set; } = new();
    public PriceRefreshOptions Pricing { get; set; } = new();
    public DaemonOptions Daemon { get; set; } = new();

    /// <summary>The embedded region of the <c>local</c> profile.</summary>
    public LocalCloudOptions LocalCloud { get; set; } = new();

    /// <summary>The built Spot.Trainer.dll LocalCloud instances run; found in the source tree when not set.</summary>
    public string? TrainerPath { get; set; }

    public static SpotSettings From(IConfiguration configuration)
    {
        var settings = configuration.GetSection(SectionName).Get<SpotSettings>() ?? new SpotSettings();
        if (string.IsNullOrWhiteSpace(settings.Store.DatabasePath))
            settings.Store.DatabasePath = JobStoreOptions.DefaultPathUnder(
                Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.Create));
        return settings;
    }

    /// <summary>Every rule broken, each naming its setting; empty when all is well.</summary>
    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        problems.AddRange(Launch.Validate());
        problems.AddRange(Instances.Validate());
        problems.AddRange(Pricing.Validate());
        problems.AddRange(DataAnnotations.Problems("Spot:Daemon", Daemon));
        if (Cloud.Profile == CloudProfile.Local)
            problems.AddRange(LocalCloudOptionsValidator.Problems(LocalCloud).Select(p => "Spot:LocalCloud: " + p));
        try
        {
            Store.Validate();
        }
        catch (ArgumentException e)
        {
            problems.Add("Spot:Store: " + e.Message);
        }
        return problems;
    }
}
