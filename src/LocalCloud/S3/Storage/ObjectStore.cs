using System.Collections.Concurrent;
using Spot.LocalCloud.S3.Protocol;

namespace Spot.LocalCloud.S3.Storage;

/// <summary>
/// Objects on disk. A new version is committed by moving its received body into the bucket under a fresh name and
/// then renaming its record over the old one, so readers see the old object or the new one, never a mix.
/// </summary>
internal sealed class ObjectStore(StoragePaths paths)
{
    private readonly ConcurrentDictionary<string, Lazy<BucketIndex>> _indexes = new(StringComparer.Ordinal);

    public ObjectRecord? Find(string bucket, string key)
    {
        var index = Index(bucket);
        lock (index.Gate) return index.Find(key);
    }

    public ObjectRecord Get(string bucket, string key) => Find(bucket, key) ?? throw S3Errors.NoSuchKey(key);

    /// <summary>Opens the current version's bytes together with its record, so a concurrent replace cannot split them.</summary>
    public (ObjectRecord Record, FileStream Data) OpenRead(string bucket, string key)
    {
        var index = Index(bucket);
        lock (index.Gate)
        {
            var record = index.Find(key) ?? throw S3Errors.NoSuchKey(key);
            return (record, StreamCopy.OpenRead(DataPath(bucket, record)));
        }
    }

    /// <summary>
    /// Makes <paramref name="receivedFile"/> the object's bytes if <paramref name="condition"/> holds for the current
    /// version. <paramref name="describe"/> gets the data file's name and returns the record to store.
    /// </summary>
    public ObjectRecord Commit(string bucket, string key, string receivedFile, WriteCondition condition, Func<string, ObjectRecord> describe)
    {
        var index = Index(bucket);
        lock (index.Gate)
        {
            var existing = index.Find(key);
            condition.Check(key, existing);

            var dataPath = paths.NewObjectData(bucket, key);
            try
            {
                File.Move(receivedFile, dataPath);
            }
            catch (DirectoryNotFoundException)
            {
                throw S3Errors.NoSuchBucket(bucket);
            }

            var record = describe(Path.GetFileName(dataPath));
            JsonFile.WriteAtomically(paths.ObjectRecord(bucket, key), record);
            index.Set(record);
            if (existing is not null) File.Delete(DataPath(bucket, existing));
            return record;
        }
    }

    /// <summary>Deletes the object; false when there was none (S3 answers 204 either way).</summary>
    public bool Delete(string bucket, string key)
    {
        var index = Index(bucket);
        lock (index.Gate)
        {
            if (index.Find(key) is not { } existing) return false;
            File.Delete(paths.ObjectRecord(bucket, key));
            File.Delete(DataPath(bucket, existing));
            index.Remove(key);
            return true;
        }
    }

    public IReadOnlyList<ObjectRecord> Slice(string bucket, string from, string? after, int limit)
    {
        var index = Index(bucket);
        lock (index.Gate) return index.Slice(from, after, limit);
    }

    /// <summary>Runs <paramref name="action"/> while no object in the bucket can change; used to delete an empty bucket.</summary>
    public void WhileLocked(string bucket, Action<int> action)
    {
        var index = Index(bucket);
        lock (index.Gate) action(index.Count);
    }

    public void Forget(string bucket) => _indexes.TryRemove(bucket, out _);

    private string DataPath(string bucket, ObjectRecord record) => Path.Combine(paths.Objects(bucket), record.DataFile);

    private BucketIndex Index(string bucket) =>
        _indexes.GetOrAdd(bucket, b => new Lazy<BucketIndex>(() => BucketIndex.Load(paths.Objects(b)))).Value;
}
