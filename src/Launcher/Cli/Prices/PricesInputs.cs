using Spot.CostModel.Catalog;
using Spot.CostModel.Pricing;

namespace Spot.Launcher.Cli.Prices;

/// <summary>The catalog and price history `spot prices` works from, and a line saying where spot prices come from.</summary>
internal sealed record PricesInputs(InstanceCatalog Catalog, SpotPriceHistory History, string SpotPriceOrigin);

/// <summary>Loads --catalog and --spot-prices files; each failure adds a message naming the option and the file.</summary>
internal static class PricesInputsLoader
{
    public static PricesInputs? Load(string? catalogPath, string? spotPricesPath, List<string> problems)
    {
        var catalog = catalogPath is null ? InstanceCatalog.Bundled() : LoadCatalog(catalogPath, problems);
        if (catalog is null)
        {
            return null;
        }

        var snapshot = $"catalog snapshot of {catalog.SpotPrices.AsOf:yyyy-MM-dd}";
        if (spotPricesPath is null)
        {
            return new PricesInputs(catalog, SpotPriceHistory.Empty, snapshot);
        }

        var history = LoadHistory(spotPricesPath, catalog, problems);
        return history is null ? null : new PricesInputs(catalog, history, $"{spotPricesPath}, else the {snapshot}");
    }

    private static InstanceCatalog? LoadCatalog(string path, List<string> problems)
    {
        try
        {
            using var stream = File.OpenRead(path);
            return InstanceCatalog.Load(stream, path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or CatalogFormatException)
        {
            problems.Add($"--catalog: {Describe(e, path)}");
            return null;
        }
    }

    private static SpotPriceHistory? LoadHistory(string path, InstanceCatalog catalog, List<string> problems)
    {
        try
        {
            using var reader = new StreamReader(path);
            var text = reader.ReadToEnd();
            var records = text.TrimStart().StartsWith('{')
                ? SpotPriceHistoryJsonReader.Read(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(text)))
                : SpotPriceDelimitedReader.Read(new StringReader(text));
            return SpotPriceHistory.FromRecords(records, catalog.Zones);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or SpotPriceFormatException)
        {
            problems.Add($"--spot-prices: {Describe(e, path)}");
            return null;
        }
    }

    private static string Describe(Exception e, string path) => e switch
    {
        FileNotFoundException or DirectoryNotFoundException => $"file '{path}' does not exist",
        IOException or UnauthorizedAccessException => $"cannot read '{path}': {e.Message}",
        _ => e.Message,
    };
}
