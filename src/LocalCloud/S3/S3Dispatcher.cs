using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Logging;
using Spot.LocalCloud.S3.Protocol;
using Spot.LocalCloud.S3.Storage;

namespace Spot.LocalCloud.S3;

/// <summary>
/// The single entry point for S3 requests: injects planned faults, routes, runs the operation and turns every
/// refusal or failure into AWS's error document, so no request ever ends in an unhandled exception.
/// </summary>
internal sealed class S3Dispatcher(S3Services services, ILogger logger)
{
    public async Task HandleAsync(HttpContext http)
    {
        var call = S3Call.Parse(http, services);
        var operation = new S3Operation("Unknown", _ => Task.CompletedTask);
        http.Response.Headers["x-amz-request-id"] = call.RequestId;
        http.Response.Headers["x-amz-id-2"] = call.RequestId;
        http.Response.Headers.Server = "LocalCloud";
        try
        {
            if (services.Options.Faults.Draw() is { } fault)
            {
                await DrainAsync(http);
                Log.FaultInjected(logger, http.Request.Method, call.Resource, fault.StatusCode, fault.Code, call.RequestId);
                await S3ErrorResponse.WriteAsync(http, fault, call.RequestId, http.RequestAborted);
                return;
            }

            await services.Options.Hold.WaitIfHeldAsync(http.Request.Method, call.Key, http.RequestAborted);
            if (call.Bucket is not null && !BucketStore.IsValidName(call.Bucket)) throw S3Errors.InvalidBucketName(call.Bucket);
            if (call.Key is not null && S3KeyOrder.Utf8Length(call.Key) > 1024) throw S3Errors.KeyTooLong(S3KeyOrder.Utf8Length(call.Key));

            operation = S3Router.Resolve(call);
            await operation.RunAsync(call);
            Log.Served(logger, operation.Name, http.Request.Method, call.Resource, http.Response.StatusCode, call.RequestId);
        }
        catch (S3Exception error)
        {
            Log.Refused(logger, operation.Name, http.Request.Method, call.Resource, error.StatusCode, error.Code, error.Message, call.RequestId);
            await RespondAsync(http, error, call.RequestId);
        }
        catch (BadHttpRequestException error)
        {
            // Kestrel's own framing errors (a body shorter than its Content-Length, say) are the client's fault.
            var refusal = S3Errors.InvalidRequest("The request body could not be read: " + error.Message);
            Log.Refused(logger, operation.Name, http.Request.Method, call.Resource, refusal.StatusCode, refusal.Code, refusal.Message, call.RequestId);
            await RespondAsync(http, refusal, call.RequestId);
        }
        catch (Exception) when (http.RequestAborted.IsCancellationRequested)
        {
            Log.Abandoned(logger, operation.Name, http.Request.Method, call.Resource, call.RequestId);
        }
        catch (Exception error)
        {
            Log.Failed(logger, error, operation.Name, http.Request.Method, call.Resource, call.RequestId);
            await RespondAsync(http, S3Errors.InternalError(), call.RequestId);
        }
    }

    private static async Task RespondAsync(HttpContext http, S3Exception error, string requestId)
    {
        if (http.Response.HasStarted)
        {
            // Headers already promised a body we cannot finish; cutting the connection tells the client so.
            http.Abort();
            return;
        }

        http.Response.Clear();
        http.Response.Headers["x-amz-request-id"] = requestId;
        await S3ErrorResponse.WriteAsync(http, error, requestId, http.RequestAborted);
    }

    /// <summary>Reads and discards the body so an injected error reaches a client that is still uploading.</summary>
    private static async Task DrainAsync(HttpContext http)
    {
        var limit = http.Features.Get<IHttpMaxRequestBodySizeFeature>();
        if (limit is { IsReadOnly: false }) limit.MaxRequestBodySize = null;
        var buffer = new byte[64 * 1024];
        while (await http.Request.Body.ReadAsync(buffer, http.RequestAborted) > 0)
        {
        }
    }
}
