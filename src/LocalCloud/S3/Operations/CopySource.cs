using Spot.LocalCloud.S3.Protocol;
using Spot.LocalCloud.S3.Storage;

namespace Spot.LocalCloud.S3.Operations;

/// <summary>The object an x-amz-copy-source header names: "bucket/key" or "/bucket/key", URL-encoded.</summary>
internal sealed record CopySource(string Bucket, string Key)
{
    private const string Header = "x-amz-copy-source";

    public static CopySource Parse(string value)
    {
        var text = value.Trim();
        var query = text.IndexOf('?', StringComparison.Ordinal);
        if (query >= 0)
        {
            // Unversioned buckets only have the "null" version.
            var version = text[(query + 1)..];
            if (version is not ("versionId=null" or "")) throw S3Errors.InvalidArgument(Header, $"versions ('{version}') are not supported");
            text = text[..query];
        }

        text = Uri.UnescapeDataString(text).TrimStart('/');
        var slash = text.IndexOf('/', StringComparison.Ordinal);
        if (slash <= 0 || slash == text.Length - 1) throw S3Errors.InvalidArgument(Header, $"'{value}' does not have the form bucket/key");
        var bucket = text[..slash];
        if (!BucketStore.IsValidName(bucket)) throw S3Errors.InvalidArgument(Header, $"'{bucket}' is not a valid bucket name");
        return new CopySource(bucket, text[(slash + 1)..]);
    }
}
