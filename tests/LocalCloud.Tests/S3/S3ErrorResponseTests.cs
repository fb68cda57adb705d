using System.Net;
using System.Text;
using Spot.LocalCloud.Tests.S3.Fixtures;

namespace Spot.LocalCloud.Tests.S3;

public sealed class S3ErrorResponseTests(LocalCloudS3Fixture server) : S3WireTestBase(server), IClassFixture<LocalCloudS3Fixture>
{
    [Fact]
    public async Task A_missing_key_answers_404_with_AWSs_error_document()
    {
        var bucket = await NewBucketAsync();

        using var response = await Http.GetAsync($"{bucket}/no/such/key");

        var error = await AssertErrorAsync(response, HttpStatusCode.NotFound, "NoSuchKey");
        Assert.Contains("no/such/key", error.Element("Message")!.Value, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_bucket_answers_404_NoSuchBucket()
    {
        using var response = await Http.GetAsync("absent-bucket-name/key");

        await AssertErrorAsync(response, HttpStatusCode.NotFound, "NoSuchBucket");
    }

    [Fact]
    public async Task A_method_S3_has_no_use_for_answers_405_MethodNotAllowed()
    {
        var bucket = await NewBucketAsync();

        using var response = await SendAsync(HttpMethod.Patch, $"{bucket}/key", [1]);

        await AssertErrorAsync(response, HttpStatusCode.MethodNotAllowed, "MethodNotAllowed");
    }

    [Fact]
    public async Task A_subresource_LocalCloud_does_not_serve_answers_501_NotImplemented()
    {
        var bucket = await NewBucketAsync();

        using var response = await Http.GetAsync($"{bucket}?versioning");

        await AssertErrorAsync(response, HttpStatusCode.NotImplemented, "NotImplemented");
    }

    [Theory]
    [InlineData("Upper_Case")]
    [InlineData("ab")]
    [InlineData("192.168.0.1")]
    [InlineData("-leading-dash")]
    public async Task A_bucket_name_that_breaks_S3s_rules_answers_400_InvalidBucketName(string bucket)
    {
        using var response = await Http.PutAsync(bucket, null);

        await AssertErrorAsync(response, HttpStatusCode.BadRequest, "InvalidBucketName");
    }

    [Fact]
    public async Task A_malformed_max_keys_answers_400_InvalidArgument_naming_it()
    {
        var bucket = await NewBucketAsync();

        using var response = await Http.GetAsync($"{bucket}?list-type=2&max-keys=lots");

        var error = await AssertErrorAsync(response, HttpStatusCode.BadRequest, "InvalidArgument");
        Assert.Contains("max-keys", error.Element("Message")!.Value, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_part_number_out_of_range_answers_400_InvalidArgument_naming_it()
    {
        var bucket = await NewBucketAsync();
        var uploadId = await CreateUploadAsync(bucket, "obj");

        using var response = await SendAsync(HttpMethod.Put, $"{bucket}/obj?partNumber=10001&uploadId={uploadId}", [1]);

        var error = await AssertErrorAsync(response, HttpStatusCode.BadRequest, "InvalidArgument");
        Assert.Contains("partNumber", error.Element("Message")!.Value, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_upload_id_answers_404_NoSuchUpload()
    {
        var bucket = await NewBucketAsync();

        using var response = await SendAsync(HttpMethod.Put, $"{bucket}/obj?partNumber=1&uploadId=../../etc", [1]);

        await AssertErrorAsync(response, HttpStatusCode.NotFound, "NoSuchUpload");
    }

    [Fact]
    public async Task CompleteMultipartUpload_with_parts_out_of_order_answers_400_InvalidPartOrder()
    {
        var bucket = await NewBucketAsync();
        var uploadId = await CreateUploadAsync(bucket, "obj");
        const string body = "<CompleteMultipartUpload><Part><PartNumber>2</PartNumber><ETag>\"a\"</ETag></Part>"
            + "<Part><PartNumber>1</PartNumber><ETag>\"b\"</ETag></Part></CompleteMultipartUpload>";

        using var response = await SendAsync(HttpMethod.Post, $"{bucket}/obj?uploadId={uploadId}", Encoding.UTF8.GetBytes(body));

        await AssertErrorAsync(response, HttpStatusCode.BadRequest, "InvalidPartOrder");
    }

    [Theory]
    [InlineData("<CompleteMultipartUpload>")]
    [InlineData("<CompleteMultipartUpload></CompleteMultipartUpload>")]
    [InlineData("<Other/>")]
    [InlineData("<!DOCTYPE x [<!ENTITY e \"boom\">]><CompleteMultipartUpload/>")]
    public async Task CompleteMultipartUpload_with_a_bad_document_answers_400_MalformedXML(string body)
    {
        var bucket = await NewBucketAsync();
        var uploadId = await CreateUploadAsync(bucket, "obj");

        using var response = await SendAsync(HttpMethod.Post, $"{bucket}/obj?uploadId={uploadId}", Encoding.UTF8.GetBytes(body));

        await AssertErrorAsync(response, HttpStatusCode.BadRequest, "MalformedXML");
    }

    [Fact]
    public async Task A_key_longer_than_1024_UTF8_bytes_answers_400_KeyTooLongError()
    {
        var bucket = await NewBucketAsync();

        using var response = await SendAsync(HttpMethod.Put, $"{bucket}/{new string('k', 1025)}", [1]);

        await AssertErrorAsync(response, HttpStatusCode.BadRequest, "KeyTooLongError");
    }

    [Fact]
    public async Task A_body_shorter_than_its_decoded_length_answers_400_IncompleteBody()
    {
        var bucket = await NewBucketAsync();
        var body = AwsChunkedEncoder.Encode([1, 2, 3], 3, signed: false);

        using var response = await SendAsync(HttpMethod.Put, $"{bucket}/short", body,
            ("x-amz-content-sha256", "STREAMING-UNSIGNED-PAYLOAD-TRAILER"), ("Content-Encoding", "aws-chunked"), ("x-amz-decoded-content-length", "4"));

        await AssertErrorAsync(response, HttpStatusCode.BadRequest, "IncompleteBody");
    }

    private async Task<string> CreateUploadAsync(string bucket, string key)
    {
        using var response = await SendAsync(HttpMethod.Post, $"{bucket}/{key}?uploads");
        response.EnsureSuccessStatusCode();
        var document = System.Xml.Linq.XDocument.Parse(await response.Content.ReadAsStringAsync());
        return document.Root!.Elements().Single(e => e.Name.LocalName == "UploadId").Value;
    }
}
