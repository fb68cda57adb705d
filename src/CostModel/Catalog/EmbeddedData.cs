namespace Spot.CostModel.Catalog;

/// <summary>Opens the JSON files that CostModel.csproj embeds from Data/.</summary>
internal static class EmbeddedData
{
    public const string CatalogFile = "catalog.json";
    public const string SpotAdvisorFile = "spot-advisor.json";

    public static Stream Open(string fileName)
    {
        var name = "Spot.CostModel.Data." + fileName;
        return typeof(EmbeddedData).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Embedded resource '{name}' is missing from the assembly.");
    }
}
