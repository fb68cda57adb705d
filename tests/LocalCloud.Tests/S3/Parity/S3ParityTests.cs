using System.Net;
using System.Security.Cryptography;
using Amazon.S3;
using Amazon.S3.Model;
using Spot.LocalCloud.Tests.S3.Fixtures;

namespace Spot.LocalCloud.Tests.S3.Parity;

/// <summary>
/// S3 behaviour Spot relies on, written once and run against LocalCloud (with the SDK's default settings and with
/// Spot's plain-payload settings) and against s3rver, so LocalCloud's S3 is checked against an independent server
/// and not only against itself. Each test makes its own bucket. Cases s3rver cannot serve are overridden there
/// with a skip that says why. The cases live in the partial files beside this one.
/// </summary>
public abstract partial class S3ParityTests : IDisposable
{
    private AmazonS3Client _client;

    protected S3ParityTests(S3ServerFixture server, S3ClientProfile profile)
    {
        Server = server;
        Profile = profile;
        _client = profile.CreateClient(server.ServiceUrl);
    }

    protected S3ServerFixture Server { get; }
    protected S3ClientProfile Profile { get; }
    protected AmazonS3Client Client => _client;

    public void Dispose()
    {
        _client.Dispose();
        GC.SuppressFinalize(this);
    }

    protected async Task RestartServerAsync()
    {
        await Server.RestartAsync();
        _client.Dispose();
        _client = Profile.CreateClient(Server.ServiceUrl);
    }

    protected async Task<string> NewBucketAsync()
    {
        var name = "t-" + Guid.NewGuid().ToString("N")[..24];
        await Client.PutBucketAsync(new PutBucketRequest { BucketName = name });
        return name;
    }

    protected Task<PutObjectResponse> PutAsync(string bucket, string key, byte[] body, Action<PutObjectRequest>? configure = null)
    {
        var request = Profile.Configure(new PutObjectRequest { BucketName = bucket, Key = key, InputStream = new MemoryStream(body) });
        configure?.Invoke(request);
        return Client.PutObjectAsync(request);
    }

    protected async Task<byte[]> GetBytesAsync(string bucket, string key, Action<GetObjectRequest>? configure = null)
    {
        var request = new GetObjectRequest { BucketName = bucket, Key = key };
        configure?.Invoke(request);
        using var response = await Client.GetObjectAsync(request);
        using var buffer = new MemoryStream();
        await response.ResponseStream.CopyToAsync(buffer);
        return buffer.ToArray();
    }

    protected static byte[] RandomBytes(int size, int seed)
    {
        var bytes = new byte[size];
        new Random(seed).NextBytes(bytes);
        return bytes;
    }

    protected static string Md5Hex(byte[] bytes)
    {
        using var md5 = IncrementalHash.CreateHash(HashAlgorithmName.MD5);
        md5.AppendData(bytes);
        return Convert.ToHexStringLower(md5.GetHashAndReset());
    }

    protected static async Task<AmazonS3Exception> AssertS3ErrorAsync(HttpStatusCode status, string? code, Func<Task> call)
    {
        var error = await Assert.ThrowsAnyAsync<AmazonS3Exception>(call);
        Assert.Equal(status, error.StatusCode);
        if (code is not null) Assert.Equal(code, error.ErrorCode);
        return error;
    }
}
