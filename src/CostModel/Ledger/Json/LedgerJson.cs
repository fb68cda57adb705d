using System.Text.Json;
using System.Text.Json.Serialization;

namespace Spot.CostModel.Ledger.Json;

// The serializer settings shared by the reader and the writer.
internal static class LedgerJson
{
    public const int Version = 1;

    public static readonly JsonSerializerOptions Options = new()
    {
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        WriteIndented = true,
        IndentSize = 2,
    };

    public static string AttemptPath(int index) => $"$.{LedgerFields.Attempts}[{index}]";
}
