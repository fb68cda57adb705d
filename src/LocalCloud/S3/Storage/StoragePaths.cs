using System.Security.Cryptography;
using System.Text;

namespace Spot.LocalCloud.S3.Storage;

/// <summary>
/// Where everything lives under the data directory. Keys are arbitrary strings ("a" and "a/b" may both exist), so
/// object files are named by the SHA-256 of the key rather than by the key itself.
/// <code>
/// buckets/{bucket}/bucket.json
/// buckets/{bucket}/objects/{sha256(key)}.json         the object's record (the commit point)
/// buckets/{bucket}/objects/{sha256(key)}.{id}.data    its bytes, a fresh file per version
/// buckets/{bucket}/uploads/{uploadId}/upload.json     a multipart upload, with part-NNNNN.data/.json beside it
/// tmp/                                                bodies being received; renamed into place when complete
/// </code>
/// </summary>
internal sealed class StoragePaths
{
    public StoragePaths(string root)
    {
        Root = Path.GetFullPath(root);
        Buckets = Path.Combine(Root, "buckets");
        Temp = Path.Combine(Root, "tmp");
    }

    public string Root { get; }
    public string Buckets { get; }
    public string Temp { get; }

    public string Bucket(string bucket) => Path.Combine(Buckets, bucket);

    public string BucketRecord(string bucket) => Path.Combine(Bucket(bucket), "bucket.json");

    public string Objects(string bucket) => Path.Combine(Bucket(bucket), "objects");

    public string ObjectRecord(string bucket, string key) => Path.Combine(Objects(bucket), KeyStem(key) + ".json");

    public string NewObjectData(string bucket, string key) =>
        Path.Combine(Objects(bucket), $"{KeyStem(key)}.{Guid.NewGuid():N}.data");

    public string Uploads(string bucket) => Path.Combine(Bucket(bucket), "uploads");

    public string Upload(string bucket, string uploadId) => Path.Combine(Uploads(bucket), uploadId);

    public string NewTempFile() => Path.Combine(Temp, $"{Guid.NewGuid():N}.tmp");

    public static string KeyStem(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));

    /// <summary>Creates the folders and drops bodies a crash left half-received.</summary>
    public void Prepare()
    {
        Directory.CreateDirectory(Buckets);
        if (Directory.Exists(Temp)) Directory.Delete(Temp, recursive: true);
        Directory.CreateDirectory(Temp);
    }
}
