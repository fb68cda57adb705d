namespace Spot.Launcher.Cloud.Storage;

/// <summary>A bucket and a key prefix, written and parsed as <c>s3://bucket/prefix</c>.</summary>
public sealed record S3Location(string Bucket, string Prefix)
{
    public static S3Location Parse(string uri)
    {
        if (!TryParse(uri, out var location))
            throw new FormatException($"'{uri}' is not an S3 location: expected s3://bucket/prefix");
        return location;
    }

    public static bool TryParse(string uri, out S3Location location)
    {
        location = null!;
        const string scheme = "s3://";
        if (!uri.StartsWith(scheme, StringComparison.Ordinal)) return false;
        var rest = uri[scheme.Length..];
        int slash = rest.IndexOf('/', StringComparison.Ordinal);
        var bucket = slash < 0 ? rest : rest[..slash];
        if (bucket.Length < 3) return false;
        location = new S3Location(bucket, slash < 0 ? "" : rest[(slash + 1)..].Trim('/'));
        return true;
    }

    /// <summary>The full key of a name under the prefix.</summary>
    public string Key(string name) => Prefix.Length == 0 ? name : $"{Prefix}/{name}";

    public S3Location Child(string name) => this with { Prefix = Key(name.Trim('/')) };

    public override string ToString() => Prefix.Length == 0 ? $"s3://{Bucket}" : $"s3://{Bucket}/{Prefix}";
}
