using System.Text.Json;

namespace Spot.CostModel.Pricing;

/// <summary>
/// Reads the output of `aws ec2 describe-spot-price-history`: {"SpotPriceHistory":[{AvailabilityZone, InstanceType,
/// ProductDescription, SpotPrice, Timestamp}], "NextToken": ...}. The CLI prints SpotPrice as a string; a number is
/// accepted too.
/// </summary>
public static class SpotPriceHistoryJsonReader
{
    public static IReadOnlyList<SpotPriceRecord> Read(Stream json)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json);
        }
        catch (JsonException e)
        {
            throw new SpotPriceFormatException($"Spot price history is not valid JSON: {e.Message}", e);
        }

        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object
                || !document.RootElement.TryGetProperty("SpotPriceHistory", out var items)
                || items.ValueKind != JsonValueKind.Array)
            {
                throw new SpotPriceFormatException("Spot price history JSON must be an object with a \"SpotPriceHistory\" array.");
            }

            var records = new List<SpotPriceRecord>(items.GetArrayLength());
            var index = 0;
            foreach (var item in items.EnumerateArray())
            {
                records.Add(ReadItem(item, $"SpotPriceHistory[{index++}]"));
            }

            return records;
        }
    }

    private static SpotPriceRecord ReadItem(JsonElement item, string where)
    {
        if (item.ValueKind != JsonValueKind.Object)
        {
            throw new SpotPriceFormatException($"{where}: must be an object.");
        }

        return new SpotPriceRecord(
            SpotPriceFields.Required(Text(item, "AvailabilityZone"), "AvailabilityZone", where),
            SpotPriceFields.Required(Text(item, "InstanceType"), "InstanceType", where),
            SpotPriceFields.Required(Text(item, "ProductDescription"), "ProductDescription", where),
            SpotPriceFields.Price(Text(item, "SpotPrice"), where),
            SpotPriceFields.Timestamp(Text(item, "Timestamp"), where));
    }

    private static string? Text(JsonElement item, string name) =>
        item.TryGetProperty(name, out var value)
            ? value.ValueKind switch
            {
                JsonValueKind.String => value.GetString(),
                JsonValueKind.Number => value.GetRawText(),
                _ => null,
            }
            : null;
}
