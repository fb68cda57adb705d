using System.Net;
using Spot.LocalCloud.S3.Protocol;

namespace Spot.LocalCloud.S3.Storage;

/// <summary>A bucket's creation date, as ListBuckets reports it.</summary>
internal sealed record BucketRecord(string Name, DateTimeOffset CreationDate);

/// <summary>Buckets as folders under the data directory; a bucket exists once its bucket.json does.</summary>
internal sealed class BucketStore(StoragePaths paths, ObjectStore objects, TimeProvider time)
{
    private readonly Lock _gate = new();

    /// <summary>S3's naming rule; checked before a name ever becomes part of a path.</summary>
    public static bool IsValidName(string name) =>
        name.Length is >= 3 and <= 63
        && name.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '.' or '-')
        && char.IsAsciiLetterOrDigit(name[0])
        && char.IsAsciiLetterOrDigit(name[^1])
        && !name.Contains("..", StringComparison.Ordinal)
        && !IPAddress.TryParse(name, out _);

    public bool Exists(string bucket) => File.Exists(paths.BucketRecord(bucket));

    public void Require(string bucket)
    {
        if (!Exists(bucket)) throw S3Errors.NoSuchBucket(bucket);
    }

    public BucketRecord Create(string bucket)
    {
        lock (_gate)
        {
            if (Exists(bucket)) throw S3Errors.BucketAlreadyOwnedByYou(bucket);
            Directory.CreateDirectory(paths.Objects(bucket));
            Directory.CreateDirectory(paths.Uploads(bucket));
            var record = new BucketRecord(bucket, time.GetUtcNow());
            JsonFile.WriteAtomically(paths.BucketRecord(bucket), record);
            return record;
        }
    }

    public void Delete(string bucket)
    {
        lock (_gate)
        {
            Require(bucket);
            objects.WhileLocked(bucket, count =>
            {
                if (count > 0) throw S3Errors.BucketNotEmpty(bucket);
                // The record goes first so a crash mid-delete leaves no half bucket that still claims to exist.
                File.Delete(paths.BucketRecord(bucket));
                Directory.Delete(paths.Bucket(bucket), recursive: true);
            });
            objects.Forget(bucket);
        }
    }

    public IReadOnlyList<BucketRecord> List() =>
        [.. Directory.EnumerateDirectories(paths.Buckets)
            .Select(dir => JsonFile.Read<BucketRecord>(Path.Combine(dir, "bucket.json")))
            .OfType<BucketRecord>()
            .OrderBy(b => b.Name, StringComparer.Ordinal)];
}
