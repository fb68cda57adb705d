using System.Text;
using Amazon.S3.Model;
using S3Location = Spot.Trainer.Hosting.S3Location;
using Spot.Trainer.Telemetry;
using Spot.Trainer.Tests.Support;

namespace Spot.Trainer.Tests.Telemetry;

public sealed class TelemetrySinkTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public async Task Local_sink_replaces_the_whole_file_and_leaves_no_temporary_files()
    {
        var sink = new LocalDirectoryTelemetrySink(_dir.Path);

        await sink.PutAsync("status.json", Encoding.UTF8.GetBytes("{\"step\":100,\"padding\":\"long first version\"}"), CancellationToken.None);
        await sink.PutAsync("status.json", Encoding.UTF8.GetBytes("{\"step\":200}"), CancellationToken.None);
        await sink.PutAsync("tensorboard/events.out.tfevents.1", new byte[] { 1, 2, 3 }, CancellationToken.None);

        Assert.Equal("{\"step\":200}", File.ReadAllText(_dir.Combine("status.json")));
        Assert.Equal([1, 2, 3], File.ReadAllBytes(_dir.Combine("tensorboard", "events.out.tfevents.1")));
        Assert.Equal(["status.json", "tensorboard/events.out.tfevents.1"],
            Directory.EnumerateFiles(_dir.Path, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(_dir.Path, f)).Order());
    }

    [Theory]
    [InlineData("../status.json")]
    [InlineData("/etc/status.json")]
    [InlineData("tensorboard//x")]
    [InlineData("tensorboard\\x")]
    public async Task Names_that_could_leave_the_root_are_refused_with_the_rule(string name)
    {
        var sink = new LocalDirectoryTelemetrySink(_dir.Path);

        var error = await Assert.ThrowsAsync<ArgumentException>(() => sink.PutAsync(name, new byte[] { 1 }, CancellationToken.None));

        Assert.Contains($"'{name}' is not a valid telemetry object name", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task S3_sink_puts_each_object_under_the_checkpoint_prefix()
    {
        await using var cloud = await LocalCloudS3.StartAsync();
        var sink = new S3TelemetrySink(cloud.S3, S3Location.Parse($"s3://{LocalCloudS3.Bucket}/jobs/job-7/", "SPOT_CHECKPOINT_URI"), useChunkEncoding: false);

        await sink.PutAsync("status.json", Encoding.UTF8.GetBytes("{\"step\":1}"), CancellationToken.None);
        await sink.PutAsync("status.json", Encoding.UTF8.GetBytes("{\"step\":2}"), CancellationToken.None);
        await sink.PutAsync("tensorboard/events.out.tfevents.1", new byte[] { 9, 8, 7 }, CancellationToken.None);

        Assert.Equal($"s3://{LocalCloudS3.Bucket}/jobs/job-7", sink.Location);
        Assert.Equal("{\"step\":2}", Encoding.UTF8.GetString(await cloud.ReadAsync("jobs/job-7/status.json")));
        Assert.Equal([9, 8, 7], await cloud.ReadAsync("jobs/job-7/tensorboard/events.out.tfevents.1"));
        var listed = await cloud.S3.ListObjectsV2Async(new ListObjectsV2Request { BucketName = LocalCloudS3.Bucket, Prefix = "jobs/" });
        Assert.Equal(["jobs/job-7/status.json", "jobs/job-7/tensorboard/events.out.tfevents.1"], listed.S3Objects.Select(o => o.Key).Order());
    }
}
