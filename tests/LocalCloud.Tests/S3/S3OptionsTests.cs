using Microsoft.AspNetCore.Builder;
using Spot.LocalCloud.S3;

namespace Spot.LocalCloud.Tests.S3;

public sealed class S3OptionsTests
{
    [Fact]
    public void Validate_without_a_data_directory_names_DataDirectory()
    {
        var error = Assert.Throws<ArgumentException>(() => new S3Options().Validate());

        Assert.Equal(nameof(S3Options.DataDirectory), error.ParamName);
    }

    [Theory]
    [InlineData(0, 1, nameof(S3Options.MaxObjectBytes))]
    [InlineData(100, -1, nameof(S3Options.MinPartBytes))]
    [InlineData(100, 101, nameof(S3Options.MinPartBytes))]
    public void Validate_names_a_size_limit_that_is_out_of_range(long maxObject, long minPart, string parameter)
    {
        var options = new S3Options { DataDirectory = "/tmp/x", MaxObjectBytes = maxObject, MinPartBytes = minPart };

        var error = Assert.Throws<ArgumentOutOfRangeException>(options.Validate);

        Assert.Equal(parameter, error.ParamName);
    }

    [Fact]
    public async Task MapS3_refuses_invalid_options_before_serving_anything()
    {
        await using var app = WebApplication.CreateSlimBuilder().Build();

        Assert.Throws<ArgumentException>(() => app.MapS3(new S3Options { DataDirectory = " " }));
    }
}
