using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Spot.LocalCloud.Hosting;
using Spot.LocalCloud.Instances;

namespace Spot.LocalCloud.Imds;

/// <summary>
/// One instance's metadata service on a port of its own, so each process finds "its" IMDS through
/// AWS_EC2_METADATA_SERVICE_ENDPOINT. IMDSv2: PUT /latest/api/token, then every GET carries the token; an instance
/// launched with HttpTokens=required refuses GETs without one (401).
/// </summary>
public sealed class ImdsServer : IAsyncDisposable
{
    public const string TokenHeader = "X-aws-ec2-metadata-token";
    public const string TtlHeader = "X-aws-ec2-metadata-token-ttl-seconds";

    private readonly WebApplication _app;

    private ImdsServer(WebApplication app, Uri endpoint)
    {
        _app = app;
        Endpoint = endpoint;
    }

    public Uri Endpoint { get; }

    public static async Task<ImdsServer> StartAsync(Instance instance, InstanceStore store, TimeProvider realClock, ILoggerFactory loggerFactory, CancellationToken cancellationToken)
    {
        var app = LoopbackApp.Create(0, loggerFactory);
        var logger = loggerFactory.CreateLogger("Spot.LocalCloud.Imds");
        var tokens = new ImdsTokens(realClock);
        app.Use(async (context, next) =>
        {
            // SDKs join the endpoint and "/latest/..." naively; tolerate the doubled slash.
            context.Request.Path = new PathString(string.Join('/', context.Request.Path.Value!.Split('/', StringSplitOptions.RemoveEmptyEntries)).Insert(0, "/"));
            await next(context);
            Log.ImdsCall(logger, instance.Id, context.Request.Method, context.Request.Path.Value!, context.Response.StatusCode);
        });
        app.MapPut("/latest/api/token", (HttpContext context) => IssueToken(context, tokens));
        app.MapGet("/latest/{**path}", (HttpContext context, string? path) => Serve(context, path ?? "", instance, store, tokens));

        await app.StartAsync(cancellationToken);
        return new ImdsServer(app, LoopbackApp.BoundUri(app));
    }

    private static IResult IssueToken(HttpContext context, ImdsTokens tokens)
    {
        var ttlText = context.Request.Headers[TtlHeader].ToString();
        if (!int.TryParse(ttlText, NumberStyles.None, CultureInfo.InvariantCulture, out var ttl) || ttl < 1 || ttl > ImdsTokens.MaxTtlSeconds)
        {
            return Results.Text($"{TtlHeader} must be an integer from 1 to {ImdsTokens.MaxTtlSeconds}.", statusCode: StatusCodes.Status400BadRequest);
        }

        context.Response.Headers[TtlHeader] = ttl.ToString(CultureInfo.InvariantCulture);
        return Results.Text(tokens.Issue(ttl));
    }

    private static IResult Serve(HttpContext context, string path, Instance instance, InstanceStore store, ImdsTokens tokens)
    {
        var token = context.Request.Headers[TokenHeader].ToString();
        if (token.Length > 0 ? !tokens.IsValid(token) : instance.RequiresImdsTokens)
        {
            return Results.StatusCode(StatusCodes.Status401Unauthorized);
        }

        (byte[] Body, string ContentType)? document;
        lock (store.Sync)
        {
            document = ImdsDocuments.Read(instance, path);
        }

        return document is { } found ? Results.Bytes(found.Body, found.ContentType) : Results.NotFound();
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync(CancellationToken.None);
        await _app.DisposeAsync();
    }
}
