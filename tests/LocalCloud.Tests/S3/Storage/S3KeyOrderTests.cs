using Spot.LocalCloud.S3.Storage;

namespace Spot.LocalCloud.Tests.S3.Storage;

public sealed class S3KeyOrderTests
{
    [Fact]
    public void Keys_sort_by_UTF8_bytes_so_a_private_use_char_comes_before_an_emoji()
    {
        // U+E000 is EE 80 80 in UTF-8 and U+1F600 is F0 9F 98 80, but in UTF-16 the emoji's surrogate D83D sorts first.
        string[] keys = ["\U0001F600", "\uE000", "a", "a/b", "B"];

        var sorted = keys.Order(S3KeyOrder.Instance).ToArray();

        Assert.Equal(["B", "a", "a/b", "\uE000", "\U0001F600"], sorted);
        Assert.True(string.CompareOrdinal("\U0001F600", "\uE000") < 0);
    }
}
