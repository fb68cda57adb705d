using System.Globalization;
using System.Text;
using System.Xml;
using System.Xml.Linq;
using Microsoft.AspNetCore.Http;

namespace Spot.LocalCloud.S3.Protocol;

/// <summary>Builds and writes the XML documents S3 answers with, in the 2006-03-01 namespace.</summary>
internal static class S3Xml
{
    public static readonly XNamespace Ns = "http://s3.amazonaws.com/doc/2006-03-01/";

    private static readonly XmlWriterSettings WriterSettings = new()
    {
        Async = true,
        Encoding = new UTF8Encoding(false),
        Indent = false,
    };

    /// <summary>An element in the S3 namespace; null children are skipped so optional fields need no ifs.</summary>
    public static XElement E(string name, params object?[] content) => new(Ns + name, content);

    public static string Timestamp(DateTimeOffset time) =>
        time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

    public static string Bool(bool value) => value ? "true" : "false";

    public static async Task WriteAsync(HttpContext context, int statusCode, XElement root, CancellationToken cancellationToken)
    {
        context.Response.StatusCode = statusCode;
        context.Response.ContentType = "application/xml";
        // Rendered in memory first: documents are small and a Content-Length beats chunked framing for clients.
        using var buffer = new MemoryStream();
        await using (var writer = XmlWriter.Create(buffer, WriterSettings))
        {
            await new XDocument(root).SaveAsync(writer, cancellationToken);
        }

        context.Response.ContentLength = buffer.Length;
        await context.Response.Body.WriteAsync(buffer.GetBuffer().AsMemory(0, (int)buffer.Length), cancellationToken);
    }

    /// <summary>Reads a small XML request body, refusing DTDs and anything that is not well-formed.</summary>
    public static async Task<XElement> ReadAsync(Stream body, long maxBytes, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var block = new byte[16 * 1024];
        int read;
        while ((read = await body.ReadAsync(block, cancellationToken)) > 0)
        {
            // Stop at the limit rather than after buffering whatever the client chose to send.
            if (buffer.Length + read > maxBytes) throw S3Errors.MalformedXml($"the document is larger than {maxBytes} bytes");
            buffer.Write(block, 0, read);
        }

        buffer.Position = 0;
        return Parse(buffer);
    }

    public static XElement Parse(Stream document)
    {
        if (document.Length == 0) throw S3Errors.MalformedXml("the request body is empty");
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null };
        try
        {
            using var reader = XmlReader.Create(document, settings);
            return XDocument.Load(reader).Root ?? throw S3Errors.MalformedXml("the document has no root element");
        }
        catch (XmlException e)
        {
            throw S3Errors.MalformedXml(e.Message);
        }
    }

    /// <summary>The text of the first child with this local name, whatever its namespace; null when absent.</summary>
    public static string? Child(XElement parent, string localName) =>
        parent.Elements().FirstOrDefault(e => e.Name.LocalName == localName)?.Value.Trim();
}
