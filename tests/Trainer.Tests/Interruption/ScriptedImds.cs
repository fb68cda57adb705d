using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging.Abstractions;
using Spot.LocalCloud.Hosting;
using Spot.Trainer.Interruption;

namespace Spot.Trainer.Tests.Interruption;

/// <summary>
/// A metadata service on loopback whose answers a test sets per path (404 until set), with IMDSv2 tokens it can
/// revoke, and counters of what it was asked. Enough IMDS to drive the client and the watcher through every case.
/// </summary>
internal sealed class ScriptedImds : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, (int Status, string Body)> _documents = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, int> _gets = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<string> _ttls = new();
    private readonly ConcurrentDictionary<string, bool> _validTokens = new(StringComparer.Ordinal);
    private int _tokens;

    private ScriptedImds(WebApplication app)
    {
        _app = app;
        app.MapPut("/latest/api/token", (HttpContext context) =>
        {
            _ttls.Enqueue(context.Request.Headers[ImdsClient.TokenTtlHeader].ToString());
            var token = $"token-{Interlocked.Increment(ref _tokens)}";
            _validTokens[token] = true;
            return Results.Text(token);
        });
        app.MapGet("/latest/meta-data/{**path}", (HttpContext context, string path) =>
        {
            _gets.AddOrUpdate(path, 1, (_, count) => count + 1);
            if (!_validTokens.ContainsKey(context.Request.Headers[ImdsClient.TokenHeader].ToString()))
                return Results.StatusCode(StatusCodes.Status401Unauthorized);
            return _documents.TryGetValue(path, out var document)
                ? Results.Text(document.Body, statusCode: document.Status)
                : Results.NotFound();
        });
    }

    public Uri Endpoint => LoopbackApp.BoundUri(_app);

    /// <summary>The TTL header of every token request, in order.</summary>
    public IReadOnlyList<string> TokenTtls => _ttls.ToList();

    public int TokensIssued => Volatile.Read(ref _tokens);

    public static async Task<ScriptedImds> StartAsync()
    {
        var imds = new ScriptedImds(LoopbackApp.Create(0, NullLoggerFactory.Instance));
        await imds._app.StartAsync();
        return imds;
    }

    public void Answer(string path, string body, int status = StatusCodes.Status200OK) => _documents[path] = (status, body);

    public void Remove(string path) => _documents.TryRemove(path, out _);

    public int Gets(string path) => _gets.GetValueOrDefault(path);

    /// <summary>Forgets every token issued so far, as an IMDS restart would.</summary>
    public void RevokeTokens() => _validTokens.Clear();

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
