using Spectre.Console;

namespace Spot.Launcher.Cli.Prices;

/// <summary>Renders ranked offerings (and, on request, the excluded ones) as Spectre.Console tables.</summary>
internal static class PricesTableRenderer
{
    public static void Render(IAnsiConsole console, PricesView view)
    {
        var request = view.Request;
        console.MarkupLine(Markup.Escape(
            $"Expected cost to finish {PricesFormat.Hours(request.WorkHours)} h of work; spot prices from the {view.Inputs.SpotPriceOrigin}; "
            + $"interruption rates from the Spot Instance Advisor; now = {view.Result.Now:yyyy-MM-ddTHH:mm:ssZ}."));
        if (view.Shown.Count == 0)
        {
            console.MarkupLine("[yellow]No offering fits the request.[/]");
        }
        else
        {
            console.Write(OfferingsTable(view));
            console.MarkupLine(Markup.Escape($"Showing {view.Shown.Count} of {view.Result.Offerings.Count} offerings."));
        }

        if (view.ShowExcluded && view.Result.Excluded.Count > 0)
        {
            console.Write(ExcludedTable(view));
        }
        else if (view.Result.Excluded.Count > 0)
        {
            console.MarkupLine(Markup.Escape($"{view.Result.Excluded.Count} offerings left out; --show-excluded lists them with the reason."));
        }
    }

    private static Table OfferingsTable(PricesView view)
    {
        var table = new Table().Title("Offerings by expected cost").Border(TableBorder.Rounded);
        table.AddColumns("#", "Type", "Zone", "Market", "Price/h", "On-demand/h", "MTBF", "Checkpoint", "Exp. hours", "Exp. cost", "Savings");
        foreach (var o in view.Shown)
        {
            table.AddRow(
                o.Rank.ToString(System.Globalization.CultureInfo.InvariantCulture),
                Markup.Escape(o.Pool.InstanceType),
                Markup.Escape(o.Pool.AvailabilityZone),
                PricesFormat.MarketName(o.Market),
                PricesFormat.Rate(o.PriceUsdPerHour),
                PricesFormat.Rate(o.OnDemandUsdPerHour),
                PricesFormat.Mtbf(o.Interruption.MtbfHours),
                PricesFormat.Interval(o.CheckpointInterval),
                PricesFormat.Hours(o.ExpectedHours),
                PricesFormat.Cost(o.ExpectedCostUsd),
                PricesFormat.Savings(o));
        }

        return table;
    }

    private static Table ExcludedTable(PricesView view)
    {
        var table = new Table().Title("Left out").Border(TableBorder.Rounded);
        table.AddColumns("Type", "Region", "Zone", "Market", "Reason", "Detail");
        foreach (var e in view.Result.Excluded)
        {
            table.AddRow(
                Markup.Escape(e.InstanceType),
                Markup.Escape(e.Region ?? "*"),
                Markup.Escape(e.AvailabilityZone ?? "*"),
                e.Market is { } m ? PricesFormat.MarketName(m) : "*",
                PricesFormat.Snake(e.Reason),
                Markup.Escape(e.Detail));
        }

        return table;
    }
}
