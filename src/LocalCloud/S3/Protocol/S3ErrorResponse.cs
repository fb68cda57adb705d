using System.Xml.Linq;
using Microsoft.AspNetCore.Http;

namespace Spot.LocalCloud.S3.Protocol;

/// <summary>Writes AWS's error document: Code, Message, Resource and RequestId, with no namespace.</summary>
internal static class S3ErrorResponse
{
    public static Task WriteAsync(HttpContext context, S3Exception error, string requestId, CancellationToken cancellationToken)
    {
        if (HttpMethods.IsHead(context.Request.Method))
        {
            // HEAD answers carry no body, so the SDK sees only the status.
            context.Response.StatusCode = error.StatusCode;
            return Task.CompletedTask;
        }

        var root = new XElement("Error",
            new XElement("Code", error.Code),
            new XElement("Message", error.Message),
            new XElement("Resource", context.Request.Path.Value),
            new XElement("RequestId", requestId));
        return S3Xml.WriteAsync(context, error.StatusCode, root, cancellationToken);
    }
}
