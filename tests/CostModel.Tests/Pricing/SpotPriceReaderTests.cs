using System.Text;
using Spot.CostModel.Pricing;

namespace Spot.CostModel.Tests.Pricing;

public class SpotPriceReaderTests
{
    private static MemoryStream Utf8(string text) => new(Encoding.UTF8.GetBytes(text));

    [Fact]
    public void Json_reader_reads_the_aws_cli_describe_spot_price_history_shape()
    {
        const string json = """
            {"SpotPriceHistory": [
              {"AvailabilityZone": "us-west-2b", "InstanceType": "p3.2xlarge", "ProductDescription": "Linux/UNIX",
               "SpotPrice": "0.918000", "Timestamp": "2023-04-22T10:15:00+00:00"},
              {"AvailabilityZone": "us-west-2a", "InstanceType": "p3.2xlarge", "ProductDescription": "Linux/UNIX",
               "SpotPrice": 0.95, "Timestamp": "2023-04-22T09:00:00Z"}
            ], "NextToken": ""}
            """;

        var records = SpotPriceHistoryJsonReader.Read(Utf8(json));

        Assert.Equal(2, records.Count);
        Assert.Equal(new SpotPriceRecord("us-west-2b", "p3.2xlarge", "Linux/UNIX", 0.918m, new DateTimeOffset(2023, 4, 22, 10, 15, 0, TimeSpan.Zero)), records[0]);
        Assert.Equal(0.95m, records[1].SpotPrice);
    }

    [Fact]
    public void Json_reader_names_the_record_and_field_of_a_bad_price()
    {
        const string json = """{"SpotPriceHistory": [{"AvailabilityZone": "us-west-2b", "InstanceType": "p3.2xlarge", "ProductDescription": "Linux/UNIX", "SpotPrice": "cheap", "Timestamp": "2023-04-22T10:15:00Z"}]}""";

        var error = Assert.Throws<SpotPriceFormatException>(() => SpotPriceHistoryJsonReader.Read(Utf8(json)));

        Assert.Contains("SpotPriceHistory[0]", error.Message, StringComparison.Ordinal);
        Assert.Contains("SpotPrice", error.Message, StringComparison.Ordinal);
        Assert.Contains("cheap", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_reader_rejects_a_document_without_the_history_array()
    {
        var error = Assert.Throws<SpotPriceFormatException>(() => SpotPriceHistoryJsonReader.Read(Utf8("""{"Prices": []}""")));
        Assert.Contains("SpotPriceHistory", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Delimited_reader_reads_tab_separated_rows_keyed_by_zone_id()
    {
        const string tsv = "use1-az2\tg4dn.4xlarge\tLinux/UNIX\t0.466400\t2022-05-31T18:20:41+00:00\n"
            + "use1-az2\tg4dn.4xlarge\tSUSE Linux\t0.591400\t2022-05-31T18:20:41+00:00\n";

        var records = SpotPriceDelimitedReader.Read(new StringReader(tsv));

        Assert.Equal(2, records.Count);
        Assert.Equal(new SpotPriceRecord("use1-az2", "g4dn.4xlarge", "Linux/UNIX", 0.4664m, new DateTimeOffset(2022, 5, 31, 18, 20, 41, TimeSpan.Zero)), records[0]);
    }

    [Fact]
    public void Delimited_reader_skips_a_csv_header_line()
    {
        const string csv = "AvailabilityZone,InstanceType,ProductDescription,SpotPrice,Timestamp\n\nus-east-1a,c5.large,Linux/UNIX,0.0377,2026-01-01T00:00:00Z\n";

        var record = Assert.Single(SpotPriceDelimitedReader.Read(new StringReader(csv)));

        Assert.Equal(0.0377m, record.SpotPrice);
    }

    [Fact]
    public void Delimited_reader_names_the_line_and_field_of_a_bad_timestamp()
    {
        const string csv = "us-east-1a,c5.large,Linux/UNIX,0.0377,2026-01-01T00:00:00Z\nus-east-1a,c5.large,Linux/UNIX,0.04,yesterday\n";

        var error = Assert.Throws<SpotPriceFormatException>(() => SpotPriceDelimitedReader.Read(new StringReader(csv)));

        Assert.Contains("line 2", error.Message, StringComparison.Ordinal);
        Assert.Contains("Timestamp", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Delimited_reader_names_the_line_with_the_wrong_number_of_fields()
    {
        var error = Assert.Throws<SpotPriceFormatException>(() => SpotPriceDelimitedReader.Read(new StringReader("us-east-1a,c5.large,0.04\n")));
        Assert.Contains("line 1: expected 5 fields", error.Message, StringComparison.Ordinal);
    }
}
