using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Time.Testing;
using Spot.Trainer.Interruption;

namespace Spot.Trainer.Tests.Interruption;

public sealed class ImdsClientTests : IAsyncLifetime
{
    private ScriptedImds _imds = null!;
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 3, 2, 12, 0, 0, TimeSpan.Zero));

    public async Task InitializeAsync() => _imds = await ScriptedImds.StartAsync();

    public async Task DisposeAsync() => await _imds.DisposeAsync();

    private ImdsClient Client(TimeSpan? ttl = null) => new(_imds.Endpoint, _time, ttl);

    [Fact]
    public async Task GetMetadata_returns_null_when_IMDS_answers_404()
    {
        using var client = Client();

        Assert.Null(await client.GetMetadataAsync(InstanceActionNotice.Path, CancellationToken.None));
        Assert.Equal(1, _imds.Gets(InstanceActionNotice.Path));
    }

    [Fact]
    public async Task GetMetadata_returns_the_body_read_with_a_token_asked_for_with_the_ttl_header()
    {
        _imds.Answer("instance-id", "i-0123");
        using var client = Client(TimeSpan.FromMinutes(10));

        var body = await client.GetMetadataAsync("instance-id", CancellationToken.None);

        Assert.Equal("i-0123", body);
        Assert.Equal(["600"], _imds.TokenTtls);
    }

    [Fact]
    public async Task Token_is_reused_until_shortly_before_expiry_then_renewed()
    {
        using var client = Client(TimeSpan.FromSeconds(60));

        await client.GetMetadataAsync("instance-id", CancellationToken.None);
        _time.Advance(TimeSpan.FromSeconds(29));
        await client.GetMetadataAsync("instance-id", CancellationToken.None);
        int tokensBeforeRenewal = _imds.TokensIssued;
        // A 60 s token is renewed 30 s early, so a poll never carries one that expires in flight.
        _time.Advance(TimeSpan.FromSeconds(2));
        await client.GetMetadataAsync("instance-id", CancellationToken.None);

        Assert.Equal((1, 2, 2), (tokensBeforeRenewal, _imds.TokensIssued, client.TokensIssued));
    }

    [Fact]
    public async Task A_401_is_retried_once_with_a_fresh_token()
    {
        _imds.Answer("instance-id", "i-0123");
        using var client = Client();
        await client.GetMetadataAsync("instance-id", CancellationToken.None);

        _imds.RevokeTokens();
        var body = await client.GetMetadataAsync("instance-id", CancellationToken.None);

        Assert.Equal("i-0123", body);
        Assert.Equal(2, _imds.TokensIssued);
    }

    [Fact]
    public async Task A_server_error_is_an_HttpRequestException_naming_the_path_and_status()
    {
        _imds.Answer(InstanceActionNotice.Path, "busy", (int)HttpStatusCode.ServiceUnavailable);
        using var client = Client();

        var error = await Assert.ThrowsAsync<HttpRequestException>(() => client.GetMetadataAsync(InstanceActionNotice.Path, CancellationToken.None));

        Assert.Equal("GET latest/meta-data/spot/instance-action answered 503 Service Unavailable", error.Message);
    }

    [Fact]
    public async Task An_endpoint_with_nothing_listening_is_an_HttpRequestException()
    {
        using var client = new ImdsClient(new Uri($"http://127.0.0.1:{ClosedPort()}/"), _time);

        await Assert.ThrowsAsync<HttpRequestException>(() => client.GetMetadataAsync("instance-id", CancellationToken.None));
    }

    [Fact]
    public void Endpoint_comes_from_the_sdk_variable_and_a_bad_one_is_refused_by_name()
    {
        var configured = ImdsEndpoint.FromEnvironment(new Dictionary<string, string> { [ImdsEndpoint.Variable] = "http://127.0.0.1:4567" });
        var fallback = ImdsEndpoint.FromEnvironment(new Dictionary<string, string>());
        var error = Assert.Throws<ArgumentException>(() => ImdsEndpoint.FromEnvironment(new Dictionary<string, string> { [ImdsEndpoint.Variable] = "169.254.169.254" }));

        Assert.Equal(new ImdsEndpoint(new Uri("http://127.0.0.1:4567/"), true), configured);
        Assert.Equal(new ImdsEndpoint(new Uri("http://169.254.169.254/"), false), fallback);
        Assert.StartsWith("AWS_EC2_METADATA_SERVICE_ENDPOINT: '169.254.169.254' is not an absolute http URL", error.Message);
    }

    /// <summary>A loopback port that was free a moment ago: bound, read, released.</summary>
    internal static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
