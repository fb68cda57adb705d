using System.Net;
using System.Net.Sockets;
using System.Text;
using Microsoft.Extensions.Time.Testing;
using Spot.Launcher.Cloud;

namespace Spot.Launcher.Tests.Cloud;

public sealed class LocalStackProbeTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(3);

    [Fact]
    public async Task ProbeAsync_reports_reachable_with_services_and_version_when_ec2_and_s3_are_usable()
    {
        await using var server = FakeHealthServer.Answering(200, """{"services":{"ec2":"available","s3":"running","sqs":"disabled"},"edition":"community","version":"4.4.0"}""");

        var result = await new LocalStackProbe().ProbeAsync(server.Endpoint, Timeout, CancellationToken.None);

        Assert.Equal(ProbeOutcome.Reachable, result.Outcome);
        Assert.True(result.IsReachable);
        Assert.Null(result.SkipReason);
        Assert.Equal("4.4.0", result.Version);
        Assert.Equal("running", result.Services["s3"]);
        Assert.Equal("disabled", result.Services["sqs"]);
        Assert.Equal("GET /_localstack/health HTTP/1.1", await server.RequestLine.Task);
    }

    [Fact]
    public async Task ProbeAsync_takes_the_version_from_the_x_localstack_header_when_the_body_has_none()
    {
        await using var server = FakeHealthServer.Answering(200, """{"services":{"ec2":"running","s3":"running"}}""", "x-localstack: 2026.3.1");

        var result = await new LocalStackProbe().ProbeAsync(server.Endpoint, Timeout, CancellationToken.None);

        Assert.Equal(ProbeOutcome.Reachable, result.Outcome);
        Assert.Equal("2026.3.1", result.Version);
    }

    [Fact]
    public async Task ProbeAsync_reports_connection_refused_with_a_skip_reason_when_nothing_listens()
    {
        var closedPort = FakeHealthServer.FreePort();
        var endpoint = new Uri($"http://127.0.0.1:{closedPort}");

        var result = await new LocalStackProbe().ProbeAsync(endpoint, Timeout, CancellationToken.None);

        Assert.Equal(ProbeOutcome.ConnectionRefused, result.Outcome);
        Assert.Contains("connection refused", result.Reason, StringComparison.Ordinal);
        Assert.Contains($"127.0.0.1:{closedPort}", result.SkipReason, StringComparison.Ordinal);
        Assert.Contains("ConnectionRefused", result.SkipReason, StringComparison.Ordinal);
        Assert.Empty(result.Services);
    }

    [Fact]
    public async Task ProbeAsync_reports_timed_out_when_the_server_accepts_but_never_answers()
    {
        await using var server = FakeHealthServer.Hanging();
        var clock = new FakeTimeProvider();

        var probe = new LocalStackProbe(clock).ProbeAsync(server.Endpoint, Timeout, CancellationToken.None);
        await server.RequestLine.Task;
        clock.Advance(Timeout);
        var result = await probe;

        Assert.Equal(ProbeOutcome.TimedOut, result.Outcome);
        Assert.Contains("within 3 s", result.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ProbeAsync_throws_instead_of_reporting_a_timeout_when_the_caller_cancels()
    {
        await using var server = FakeHealthServer.Hanging();
        using var caller = new CancellationTokenSource();

        var probe = new LocalStackProbe(new FakeTimeProvider()).ProbeAsync(server.Endpoint, Timeout, caller.Token);
        await server.RequestLine.Task;
        await caller.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => probe);
    }

    [Theory]
    [InlineData(404, """{"message":"not found"}""", "HTTP 404")]
    [InlineData(200, "<html><body>nginx</body></html>", "not JSON")]
    [InlineData(200, """{"status":"ok"}""", "no \"services\" object")]
    public async Task ProbeAsync_reports_not_localstack_when_the_answer_is_not_its_health_document(int status, string body, string expected)
    {
        await using var server = FakeHealthServer.Answering(status, body);

        var result = await new LocalStackProbe().ProbeAsync(server.Endpoint, Timeout, CancellationToken.None);

        Assert.Equal(ProbeOutcome.NotLocalStack, result.Outcome);
        Assert.Contains(expected, result.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"services":{"ec2":"disabled","s3":"running"}}""", "ec2 is 'disabled'")]
    [InlineData("""{"services":{"ec2":"running","s3":"error"}}""", "s3 is 'error'")]
    [InlineData("""{"services":{"s3":"running"}}""", "ec2 is not listed")]
    public async Task ProbeAsync_reports_service_unavailable_naming_the_service_when_ec2_or_s3_cannot_serve(string body, string expected)
    {
        await using var server = FakeHealthServer.Answering(200, body);

        var result = await new LocalStackProbe().ProbeAsync(server.Endpoint, Timeout, CancellationToken.None);

        Assert.Equal(ProbeOutcome.ServiceUnavailable, result.Outcome);
        Assert.Contains(expected, result.Reason, StringComparison.Ordinal);
        Assert.NotNull(result.SkipReason);
    }

    [Theory]
    [InlineData("localhost:4566")]
    [InlineData("ftp://localhost:4566")]
    public async Task ProbeAsync_rejects_an_endpoint_that_is_not_an_absolute_http_url(string endpoint)
    {
        var error = await Assert.ThrowsAsync<ArgumentException>(
            () => new LocalStackProbe().ProbeAsync(new Uri(endpoint, UriKind.RelativeOrAbsolute), Timeout, CancellationToken.None));

        Assert.Equal("endpoint", error.ParamName);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(301)]
    public async Task ProbeAsync_rejects_a_timeout_outside_zero_to_five_minutes(int seconds)
    {
        var error = await Assert.ThrowsAsync<ArgumentOutOfRangeException>(
            () => new LocalStackProbe().ProbeAsync(new Uri("http://localhost:4566"), TimeSpan.FromSeconds(seconds), CancellationToken.None));

        Assert.Equal("timeout", error.ParamName);
    }

    /// <summary>A one-route HTTP/1.1 server on loopback: it answers every request the same way, or never.</summary>
    private sealed class FakeHealthServer : IAsyncDisposable
    {
        private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
        private readonly byte[]? _response;
        private readonly CancellationTokenSource _stop = new();
        private readonly Task _serving;

        private FakeHealthServer(byte[]? response)
        {
            _response = response;
            _listener.Start();
            Endpoint = new Uri($"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}");
            _serving = ServeAsync();
        }

        public Uri Endpoint { get; }

        /// <summary>The first request line received, once a whole request head has arrived.</summary>
        public TaskCompletionSource<string> RequestLine { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public static FakeHealthServer Answering(int status, string body, params string[] headers)
        {
            var bytes = Encoding.UTF8.GetBytes(body);
            var head = new StringBuilder($"HTTP/1.1 {status} {(status == 200 ? "OK" : "Not Found")}\r\n")
                .Append("Content-Type: application/json\r\n")
                .Append($"Content-Length: {bytes.Length}\r\n")
                .Append("Connection: close\r\n");
            foreach (var header in headers) head.Append(header).Append("\r\n");
            return new FakeHealthServer([.. Encoding.ASCII.GetBytes(head.Append("\r\n").ToString()), .. bytes]);
        }

        public static FakeHealthServer Hanging() => new(null);

        /// <summary>A loopback port that was free a moment ago and has no listener now.</summary>
        public static int FreePort()
        {
            var listener = new TcpListener(IPAddress.Loopback, 0);
            listener.Start();
            var port = ((IPEndPoint)listener.LocalEndpoint).Port;
            listener.Stop();
            return port;
        }

        private async Task ServeAsync()
        {
            try
            {
                while (true)
                {
                    using var connection = await _listener.AcceptTcpClientAsync(_stop.Token);
                    var stream = connection.GetStream();
                    var head = await ReadHeadAsync(stream);
                    var lineEnd = head.IndexOf("\r\n", StringComparison.Ordinal);
                    RequestLine.TrySetResult(lineEnd < 0 ? head : head[..lineEnd]);
                    if (_response is null)
                    {
                        await Task.Delay(System.Threading.Timeout.Infinite, _stop.Token);
                    }

                    await stream.WriteAsync(_response, _stop.Token);
                }
            }
            catch (OperationCanceledException)
            {
                // Disposed: stop serving.
            }
        }

        private async Task<string> ReadHeadAsync(NetworkStream stream)
        {
            var received = new StringBuilder();
            var buffer = new byte[1024];
            while (!received.ToString().Contains("\r\n\r\n", StringComparison.Ordinal))
            {
                var read = await stream.ReadAsync(buffer, _stop.Token);
                if (read == 0) break;
                received.Append(Encoding.ASCII.GetString(buffer, 0, read));
            }

            return received.ToString();
        }

        public async ValueTask DisposeAsync()
        {
            await _stop.CancelAsync();
            _listener.Stop();
            await _serving;
            _stop.Dispose();
        }
    }
}
