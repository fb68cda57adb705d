using System.Net;
using System.Xml.Linq;
using Spot.LocalCloud.Tests.S3.Fixtures;

namespace Spot.LocalCloud.Tests.S3;

/// <summary>Raw HTTP against LocalCloud's S3, for requests the SDK would not send and answers it would hide.</summary>
public abstract class S3WireTestBase : IDisposable
{
    protected S3WireTestBase(LocalCloudS3Fixture server)
    {
        Server = server;
        Http = new HttpClient { BaseAddress = server.ServiceUrl };
    }

    protected LocalCloudS3Fixture Server { get; }
    protected HttpClient Http { get; }

    public void Dispose()
    {
        Http.Dispose();
        GC.SuppressFinalize(this);
    }

    protected async Task<string> NewBucketAsync()
    {
        var bucket = "w-" + Guid.NewGuid().ToString("N")[..20];
        using var response = await Http.PutAsync(bucket, null);
        response.EnsureSuccessStatusCode();
        return bucket;
    }

    protected Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, byte[]? body = null, params (string Name, string Value)[] headers)
    {
        var request = new HttpRequestMessage(method, path);
        if (body is not null) request.Content = new ByteArrayContent(body);
        foreach (var (name, value) in headers)
        {
            if (name.StartsWith("Content-", StringComparison.OrdinalIgnoreCase)) request.Content!.Headers.TryAddWithoutValidation(name, value);
            else request.Headers.TryAddWithoutValidation(name, value);
        }

        return Http.SendAsync(request);
    }

    /// <summary>Asserts AWS's error document: the status, Code, a Message, the Resource path and the request id header.</summary>
    protected static async Task<XElement> AssertErrorAsync(HttpResponseMessage response, HttpStatusCode status, string code)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/xml", response.Content.Headers.ContentType?.MediaType);
        var error = XDocument.Parse(text).Root!;
        Assert.Equal("Error", error.Name.LocalName);
        Assert.Equal(code, error.Element("Code")?.Value);
        Assert.False(string.IsNullOrWhiteSpace(error.Element("Message")?.Value));
        Assert.Equal(response.RequestMessage!.RequestUri!.AbsolutePath, error.Element("Resource")?.Value);
        Assert.Equal(response.Headers.GetValues("x-amz-request-id").Single(), error.Element("RequestId")?.Value);
        return error;
    }
}
