using Spot.LocalCloud.S3.Storage;

namespace Spot.LocalCloud.S3.Operations;

/// <summary>
/// One page of a listing: keys under the prefix in key order, with keys that contain the delimiter after the prefix
/// rolled up into common prefixes. Each content and each common prefix counts toward max-keys.
/// </summary>
internal sealed record ListingPage(IReadOnlyList<ObjectRecord> Contents, IReadOnlyList<string> CommonPrefixes, bool IsTruncated, string? LastReturned)
{
    private const int Batch = 1000;

    public int KeyCount => Contents.Count + CommonPrefixes.Count;

    /// <param name="marker">Exclusive start: keys at or before it are skipped; if it is itself a common prefix, so are the keys under it.</param>
    public static ListingPage Collect(ObjectStore objects, string bucket, ListingQuery query, string? marker)
    {
        var contents = new List<ObjectRecord>();
        var prefixes = new List<string>();
        if (query.MaxKeys == 0) return new ListingPage(contents, prefixes, false, null);

        var lastPrefix = marker is not null && CommonPrefix(marker, query) == marker ? marker : null;
        string? lastReturned = null;
        var cursor = marker;
        while (true)
        {
            var batch = objects.Slice(bucket, query.Prefix, cursor, Batch);
            if (batch.Count == 0) return new ListingPage(contents, prefixes, false, lastReturned);
            foreach (var record in batch)
            {
                cursor = record.Key;
                if (!record.Key.StartsWith(query.Prefix, StringComparison.Ordinal)) return new ListingPage(contents, prefixes, false, lastReturned);

                var common = CommonPrefix(record.Key, query);
                if (common is not null && common == lastPrefix) continue;
                if (contents.Count + prefixes.Count == query.MaxKeys) return new ListingPage(contents, prefixes, true, lastReturned);

                if (common is null) contents.Add(record);
                else prefixes.Add(lastPrefix = common);
                lastReturned = common ?? record.Key;
            }
        }
    }

    /// <summary>The prefix up to and including the first delimiter after the query's prefix, or null when there is none.</summary>
    private static string? CommonPrefix(string key, ListingQuery query)
    {
        if (query.Delimiter is null || !key.StartsWith(query.Prefix, StringComparison.Ordinal)) return null;
        var at = key.IndexOf(query.Delimiter, query.Prefix.Length, StringComparison.Ordinal);
        return at < 0 ? null : key[..(at + query.Delimiter.Length)];
    }
}
