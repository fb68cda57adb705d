namespace Spot.CostModel.Pricing;

/// <summary>
/// Reads spot price rows as tab- or comma-separated text in the column order of the public ericpauley dataset:
/// availability zone (name or ID), instance type, product description, price, ISO timestamp. A first line whose
/// price column is not a number is taken as a header; blank lines are skipped.
/// </summary>
public static class SpotPriceDelimitedReader
{
    private const int Columns = 5;

    public static IReadOnlyList<SpotPriceRecord> Read(TextReader reader)
    {
        var records = new List<SpotPriceRecord>();
        var lineNumber = 0;
        var headerAllowed = true;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            var fields = line.Split(line.Contains('\t', StringComparison.Ordinal) ? '\t' : ',');
            var where = $"line {lineNumber}";
            if (fields.Length != Columns)
            {
                throw new SpotPriceFormatException(
                    $"{where}: expected {Columns} fields (AvailabilityZone, InstanceType, ProductDescription, SpotPrice, Timestamp), found {fields.Length}.");
            }

            var isHeader = headerAllowed && IsHeader(fields);
            headerAllowed = false;
            if (isHeader)
            {
                continue;
            }

            records.Add(new SpotPriceRecord(
                SpotPriceFields.Required(fields[0], "AvailabilityZone", where),
                SpotPriceFields.Required(fields[1], "InstanceType", where),
                SpotPriceFields.Required(fields[2], "ProductDescription", where),
                SpotPriceFields.Price(fields[3].Trim(), where),
                SpotPriceFields.Timestamp(fields[4].Trim(), where)));
        }

        return records;
    }

    private static bool IsHeader(string[] fields) =>
        fields[3].Trim().Equals("SpotPrice", StringComparison.OrdinalIgnoreCase)
        || fields[3].Trim().Equals("price", StringComparison.OrdinalIgnoreCase);
}
