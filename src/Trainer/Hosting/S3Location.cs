namespace Spot.Trainer.Hosting;

/// <summary>A bucket and a key prefix, as written <c>s3://bucket/prefix</c> in the job's URIs.</summary>
public sealed record S3Location(string Bucket, string Prefix)
{
    public const string Scheme = "s3://";

    /// <summary>True when <paramref name="uri"/> is meant for S3 (it starts with s3://), whether or not it is valid.</summary>
    public static bool IsS3(string uri) => uri.StartsWith(Scheme, StringComparison.OrdinalIgnoreCase);

    /// <summary>Parses <c>s3://bucket[/prefix]</c>; <paramref name="setting"/> names the variable in the error.</summary>
    public static S3Location Parse(string uri, string setting)
    {
        if (!IsS3(uri))
            throw new ArgumentException($"{setting}: '{uri}' does not start with {Scheme}", setting);
        var rest = uri[Scheme.Length..];
        int slash = rest.IndexOf('/', StringComparison.Ordinal);
        var bucket = slash < 0 ? rest : rest[..slash];
        var prefix = slash < 0 ? "" : rest[(slash + 1)..].Trim('/');
        // S3's own naming rule, checked here so the job fails at start and not at the first upload.
        if (bucket.Length is < 3 or > 63 || !bucket.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-' or '.')
            || !char.IsAsciiLetterOrDigit(bucket[0]) || !char.IsAsciiLetterOrDigit(bucket[^1]))
            throw new ArgumentException($"{setting}: '{bucket}' in '{uri}' is not a valid bucket name (3-63 lower-case letters, digits, '-' or '.', starting and ending with a letter or digit)", setting);
        return new S3Location(bucket, prefix);
    }

    /// <summary>The key of <paramref name="name"/> under the prefix.</summary>
    public string KeyOf(string name) => Prefix.Length == 0 ? name : Prefix + "/" + name;

    public override string ToString() => Scheme + Bucket + "/" + Prefix;
}
