using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Spot.LocalCloud.Faults;

namespace Spot.LocalCloud.Ec2;

/// <summary>
/// The EC2 query endpoint: form-encoded POST (query string accepted too) with Action and Version=2016-11-15.
/// Any SigV4 signature is accepted unchecked, but the Authorization header must be there. Every answer is AWS's XML,
/// errors included (Response/Errors/Error/Code+Message, RequestID) with the status that goes with the code.
/// </summary>
public sealed class Ec2Endpoint(Ec2Actions actions, Ec2Throttle throttle, ILogger logger)
{
    public const string ApiVersion = "2016-11-15";

    private static readonly byte[] Declaration = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"u8.ToArray();

    public async Task HandleAsync(HttpContext context)
    {
        var requestId = Guid.NewGuid().ToString();
        var action = "(none)";
        try
        {
            var query = await ReadAsync(context.Request);
            if (string.IsNullOrEmpty(context.Request.Headers.Authorization))
            {
                throw Ec2Errors.MissingAuthenticationToken();
            }

            action = query.Required("Action");
            var version = query.Required("Version");
            if (version != ApiVersion)
            {
                throw Ec2Errors.NoSuchVersion(version);
            }

            var handler = actions.Find(action) ?? throw Ec2Errors.InvalidAction(action);
            if (throttle.ShouldRefuse())
            {
                throw Ec2Errors.RequestLimitExceeded();
            }

            using var xml = new Ec2XmlWriter();
            xml.Start(action + "Response", Ec2XmlWriter.Namespace);
            xml.Value("requestId", requestId);
            handler(query, xml);
            xml.End();
            // Logged before the reply goes out: a client that has its answer may read the log at once.
            Log.Ec2Call(logger, action, StatusCodes.Status200OK, requestId);
            await WriteAsync(context, StatusCodes.Status200OK, xml);
        }
        catch (Ec2Exception error)
        {
            Log.Ec2Refused(logger, action, error.StatusCode, error.Code, error.Message, requestId);
            await WriteErrorAsync(context, error, requestId);
        }
        catch (Exception exception) when (!context.RequestAborted.IsCancellationRequested)
        {
            Log.Ec2Failed(logger, exception, action, requestId);
            await WriteErrorAsync(context, Ec2Errors.InternalError(), requestId);
        }
    }

    private static async Task<QueryParameters> ReadAsync(HttpRequest request)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, value) in request.Query)
        {
            values[key] = value.ToString();
        }

        if (request.HasFormContentType)
        {
            foreach (var (key, value) in await request.ReadFormAsync(request.HttpContext.RequestAborted))
            {
                values[key] = value.ToString();
            }
        }

        return new QueryParameters(values);
    }

    private static async Task WriteErrorAsync(HttpContext context, Ec2Exception error, string requestId)
    {
        using var xml = new Ec2XmlWriter();
        xml.Start("Response");
        xml.Start("Errors");
        xml.Object("Error", () =>
        {
            xml.Value("Code", error.Code);
            xml.Value("Message", error.Message);
        });
        xml.End();
        xml.Value("RequestID", requestId);
        xml.End();
        await WriteAsync(context, error.StatusCode, xml);
    }

    private static async Task WriteAsync(HttpContext context, int status, Ec2XmlWriter body)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "text/xml;charset=UTF-8";
        context.Response.ContentLength = Declaration.Length + body.Utf8Length;
        await context.Response.Body.WriteAsync(Declaration, context.RequestAborted);
        await body.SendToAsync(context.Response.Body, context.RequestAborted);
    }
}
