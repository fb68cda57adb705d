using Spot.LocalCloud.S3.Protocol;
using Spot.LocalCloud.S3.Storage;

namespace Spot.LocalCloud.Tests.S3.Protocol;

public sealed class ReadConditionsTests
{
    private static readonly DateTimeOffset Modified = new(2026, 3, 1, 12, 0, 0, 500, TimeSpan.Zero);
    private static readonly ObjectRecord Record = new("k", "k.data", 1, "abc", Modified, new ObjectAttributes(), null, null);

    public static TheoryData<string?, string?, int?, int?, ReadDecision> Cases => new()
    {
        { null, null, null, null, ReadDecision.Proceed },
        { "\"abc\"", null, null, null, ReadDecision.Proceed },
        { "\"x\", \"abc\"", null, null, null, ReadDecision.Proceed },
        { "*", null, null, null, ReadDecision.Proceed },
        { "\"zzz\"", null, null, null, ReadDecision.PreconditionFailed },
        { null, "\"abc\"", null, null, ReadDecision.NotModified },
        { null, "W/\"abc\"", null, null, ReadDecision.NotModified },
        { null, "\"zzz\"", null, null, ReadDecision.Proceed },
        // Dates are whole seconds: the object counts as modified at 12:00:00, not 12:00:00.5.
        { null, null, 0, null, ReadDecision.NotModified },
        { null, null, -1, null, ReadDecision.Proceed },
        { null, null, null, 0, ReadDecision.Proceed },
        { null, null, null, -1, ReadDecision.PreconditionFailed },
        // A matching If-Match overrides a failing If-Unmodified-Since, and a failing If-None-Match (a match)
        // wins over an If-Modified-Since that would let the read through.
        { "\"abc\"", null, null, -1, ReadDecision.Proceed },
        { null, "\"abc\"", -1, null, ReadDecision.NotModified },
        { null, "\"zzz\"", 0, null, ReadDecision.Proceed },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Evaluate_follows_the_HTTP_precedence_of_the_four_headers(
        string? ifMatch, string? ifNoneMatch, int? modifiedSinceOffsetSeconds, int? unmodifiedSinceOffsetSeconds, ReadDecision expected)
    {
        var whole = new DateTimeOffset(2026, 3, 1, 12, 0, 0, TimeSpan.Zero);
        var conditions = new ReadConditions(
            ifMatch,
            ifNoneMatch,
            modifiedSinceOffsetSeconds is { } m ? whole.AddSeconds(m) : null,
            unmodifiedSinceOffsetSeconds is { } u ? whole.AddSeconds(u) : null);

        Assert.Equal(expected, conditions.Evaluate(Record));
    }
}
