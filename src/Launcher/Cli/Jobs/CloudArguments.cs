using System.CommandLine;
using Microsoft.Extensions.Configuration;
using Spot.Launcher.Cloud;
using Spot.Launcher.Daemon.Hosting;

namespace Spot.Launcher.Cli.Jobs;

/// <summary>
/// The options every job command shares, and the settings they resolve to: appsettings.json beside `spot`, then
/// appsettings.{profile}.json, then each --config file, then environment variables (Spot__Daemon__Bucket=...), then
/// these options. The profile picks the cloud: local (the default), localstack or aws.
/// </summary>
internal sealed class CloudArguments
{
    public Option<string> Profile { get; } = new("--profile") { Description = "Where jobs run: local (embedded LocalCloud), localstack or aws.", DefaultValueFactory = _ => "local" };
    public Option<string[]> ConfigFiles { get; } = new("--config") { Description = "An extra JSON settings file (repeatable), e.g. a LocalCloud market.", AllowMultipleArgumentsPerToken = false };
    public Option<string?> StorePath { get; } = new("--store") { Description = "The job store's SQLite file (default ~/.local/share/spot/jobs.db)." };

    public void AddTo(Command command)
    {
        command.Options.Add(Profile);
        command.Options.Add(ConfigFiles);
        command.Options.Add(StorePath);
    }

    /// <summary>The settings these arguments resolve to, or null with the problems added.</summary>
    public SpotSettings? Resolve(ParseResult parse, List<string> problems)
    {
        CloudProfile profile;
        try
        {
            profile = CloudOptions.ParseProfile(parse.GetValue(Profile)!);
        }
        catch (ArgumentException e)
        {
            problems.Add(e.Message);
            return null;
        }

        var profileName = profile.ToString().ToLowerInvariant();
        var builder = new ConfigurationBuilder()
            .SetBasePath(AppContext.BaseDirectory)
            .AddJsonFile("appsettings.json", optional: true)
            .AddJsonFile($"appsettings.{profileName}.json", optional: true);
        foreach (var file in parse.GetValue(ConfigFiles) ?? [])
        {
            var path = Path.GetFullPath(file);
            if (!File.Exists(path))
                problems.Add($"--config: '{file}' does not exist");
            else
                builder.AddJsonFile(path, optional: false);
        }
        if (problems.Count > 0) return null;
        builder.AddEnvironmentVariables();

        SpotSettings settings;
        try
        {
            settings = SpotSettings.From(builder.Build());
        }
        catch (Exception e) when (e is InvalidOperationException or FormatException or System.Text.Json.JsonException or InvalidDataException)
        {
            problems.Add($"settings: {e.Message}");
            return null;
        }

        settings.Cloud.Profile = profile;
        if (parse.GetValue(StorePath) is { } store)
            settings.Store.DatabasePath = Path.GetFullPath(store);
        if (profile == CloudProfile.Local && string.IsNullOrWhiteSpace(settings.LocalCloud.DataDirectory))
            // Beside the store, so checkpoints in LocalCloud's S3 outlive the process, as they would in a real bucket.
            settings.LocalCloud.DataDirectory = Path.Combine(Path.GetDirectoryName(settings.Store.DatabasePath)!, "localcloud");
        return settings;
    }
}
