namespace Spot.LocalCloud.S3.Storage;

/// <summary>
/// One bucket's object records in memory, rebuilt from the sidecar files on first use, so listing never rereads
/// the disk. Callers hold <see cref="Gate"/> while they read and change it.
/// </summary>
internal sealed class BucketIndex
{
    private readonly Dictionary<string, ObjectRecord> _records = new(StringComparer.Ordinal);
    private string[]? _sortedKeys;

    public Lock Gate { get; } = new();

    public int Count => _records.Count;

    /// <summary>Reads every record in <paramref name="objectsDirectory"/> and deletes data files no record points to.</summary>
    public static BucketIndex Load(string objectsDirectory)
    {
        var index = new BucketIndex();
        if (!Directory.Exists(objectsDirectory)) return index;

        foreach (var path in Directory.EnumerateFiles(objectsDirectory, "*.json"))
        {
            if (JsonFile.Read<ObjectRecord>(path) is { } record) index._records[record.Key] = record;
        }

        // A crash between moving a body into place and writing its record leaves an orphan; nothing can reach it.
        var referenced = index._records.Values.Select(r => r.DataFile).ToHashSet(StringComparer.Ordinal);
        foreach (var path in Directory.EnumerateFiles(objectsDirectory))
        {
            var name = Path.GetFileName(path);
            if (!name.EndsWith(".json", StringComparison.Ordinal) && !referenced.Contains(name)) File.Delete(path);
        }

        return index;
    }

    public ObjectRecord? Find(string key) => _records.GetValueOrDefault(key);

    public void Set(ObjectRecord record)
    {
        if (!_records.ContainsKey(record.Key)) _sortedKeys = null;
        _records[record.Key] = record;
    }

    public void Remove(string key)
    {
        if (_records.Remove(key)) _sortedKeys = null;
    }

    /// <summary>Records in key order, starting after <paramref name="after"/> (or at the first key at or after <paramref name="from"/>).</summary>
    public IReadOnlyList<ObjectRecord> Slice(string from, string? after, int limit)
    {
        _sortedKeys ??= [.. _records.Keys.Order(S3KeyOrder.Instance)];
        var start = LowerBound(_sortedKeys, from);
        if (after is not null) start = Math.Max(start, UpperBound(_sortedKeys, after));

        var slice = new List<ObjectRecord>(Math.Min(limit, Math.Max(0, _sortedKeys.Length - start)));
        for (var i = start; i < _sortedKeys.Length && slice.Count < limit; i++) slice.Add(_records[_sortedKeys[i]]);
        return slice;
    }

    private static int LowerBound(string[] keys, string value)
    {
        var index = Array.BinarySearch(keys, value, S3KeyOrder.Instance);
        return index >= 0 ? index : ~index;
    }

    private static int UpperBound(string[] keys, string value)
    {
        var index = Array.BinarySearch(keys, value, S3KeyOrder.Instance);
        return index >= 0 ? index + 1 : ~index;
    }
}
