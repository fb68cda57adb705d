using System.Text.Json;
using Microsoft.Extensions.Configuration;
using Spot.Launcher.Cloud;
using Spot.Launcher.Daemon.Hosting;

namespace Spot.Launcher.Tests;

/// <summary>The appsettings files shipped beside `spot`, read from the build output as the CLI reads them.</summary>
public sealed class AppSettingsFilesTests
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true };

    [Fact]
    public void Appsettings_json_holds_exactly_the_defaults_in_code()
    {
        var bound = Bind("appsettings.json");
        var defaults = new SpotSettings();

        // Field by field through JSON, so a default changed in code but not in the file (or the reverse) shows by name.
        Assert.Equal(JsonSerializer.Serialize(defaults, Json), JsonSerializer.Serialize(bound, Json));
    }

    [Fact]
    public void Localstack_profile_points_ec2_and_s3_at_port_4566_and_passes_validation()
    {
        var settings = Bind("appsettings.json", "appsettings.localstack.json");
        settings.Store.DatabasePath = Path.Combine(Path.GetTempPath(), "spot-settings-test", "jobs.db");

        Assert.Equal(CloudProfile.LocalStack, settings.Cloud.Profile);
        Assert.Equal(new Uri("http://localhost:4566"), settings.Cloud.LocalStackEndpoint);
        Assert.Null(settings.Cloud.Ec2Endpoint);
        Assert.Null(settings.Cloud.S3Endpoint);
        Assert.Equal("us-east-1", settings.Cloud.EffectiveRegion);
        Assert.Equal("spot-jobs", settings.Daemon.Bucket);
        Assert.False(settings.Instances.WatchMarkedForTermination);
        Assert.Empty(settings.Cloud.Validate());
        Assert.Empty(settings.Problems());
        Assert.Contains("ec2=http://localhost:4566/", AwsClients.Describe(settings.Cloud), StringComparison.Ordinal);
    }

    [Fact]
    public void Localstack_profile_bucket_matches_the_bucket_the_init_script_creates()
    {
        var compose = File.ReadAllText(Path.Combine(RepositoryRoot(), "infra", "localstack", "docker-compose.yml"));
        var bucket = Bind("appsettings.json", "appsettings.localstack.json").Daemon.Bucket;

        Assert.Contains($"SPOT_BUCKET={bucket}", compose, StringComparison.Ordinal);
    }

    private static SpotSettings Bind(params string[] files)
    {
        var builder = new ConfigurationBuilder().SetBasePath(AppContext.BaseDirectory);
        foreach (var file in files)
        {
            Assert.True(File.Exists(Path.Combine(AppContext.BaseDirectory, file)), $"{file} was not copied beside the build output");
            builder.AddJsonFile(file, optional: false);
        }

        return builder.Build().GetSection(SpotSettings.SectionName).Get<SpotSettings>()!;
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Spot.sln")))
            directory = directory.Parent;
        return directory?.FullName ?? throw new InvalidOperationException("Spot.sln not found above " + AppContext.BaseDirectory);
    }
}
