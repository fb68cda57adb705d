using System.Text;

namespace Spot.LocalCloud.S3.Storage;

/// <summary>
/// S3 lists keys in the binary order of their UTF-8 bytes, which is code-point order. Ordinal UTF-16 comparison
/// differs for characters above U+E000 against surrogate pairs, so keys are compared rune by rune.
/// </summary>
public sealed class S3KeyOrder : IComparer<string>
{
    public static readonly S3KeyOrder Instance = new();

    public int Compare(string? x, string? y)
    {
        if (ReferenceEquals(x, y)) return 0;
        if (x is null) return -1;
        if (y is null) return 1;

        var left = x.EnumerateRunes();
        var right = y.EnumerateRunes();
        while (true)
        {
            var hasLeft = left.MoveNext();
            var hasRight = right.MoveNext();
            if (!hasLeft || !hasRight) return hasLeft.CompareTo(hasRight);
            var order = left.Current.Value.CompareTo(right.Current.Value);
            if (order != 0) return order;
        }
    }

    public static int Utf8Length(string key) => Encoding.UTF8.GetByteCount(key);
}
