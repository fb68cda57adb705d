using Spot.LocalCloud.S3.Protocol;

namespace Spot.LocalCloud.Tests.S3.Protocol;

public sealed class ByteRangeTests
{
    [Theory]
    [InlineData("bytes=0-0", 0, 0)]
    [InlineData("bytes=10-19", 10, 19)]
    [InlineData("bytes=90-", 90, 99)]
    [InlineData("bytes=90-500", 90, 99)]
    [InlineData("bytes=-5", 95, 99)]
    [InlineData("bytes=-500", 0, 99)]
    public void Parse_resolves_a_satisfiable_range_against_a_100_byte_object(string header, long first, long last)
    {
        Assert.Equal(new ByteRange(first, last), ByteRange.Parse(header, 100));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("items=0-5")]
    [InlineData("bytes=0-5,10-20")]
    [InlineData("bytes=abc-")]
    [InlineData("bytes=20-10")]
    [InlineData("bytes=5")]
    public void Parse_returns_null_for_the_whole_object_when_S3_would_ignore_the_header(string? header)
    {
        Assert.Null(ByteRange.Parse(header, 100));
    }

    [Theory]
    [InlineData("bytes=100-", 100)]
    [InlineData("bytes=150-200", 100)]
    [InlineData("bytes=-0", 100)]
    [InlineData("bytes=0-", 0)]
    public void Parse_throws_InvalidRange_416_when_the_range_starts_past_the_end(string header, long size)
    {
        var error = Assert.Throws<S3Exception>(() => ByteRange.Parse(header, size));

        Assert.Equal(("InvalidRange", 416), (error.Code, error.StatusCode));
    }

    [Fact]
    public void ContentRange_names_the_inclusive_bounds_and_the_full_size()
    {
        Assert.Equal("bytes 10-19/100", new ByteRange(10, 19).ContentRange(100));
    }
}
