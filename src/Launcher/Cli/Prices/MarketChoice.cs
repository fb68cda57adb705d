using System.CommandLine;
using Spot.CostModel;

namespace Spot.Launcher.Cli.Prices;

/// <summary>The `--market spot|on-demand|both` option.</summary>
internal static class MarketChoice
{
    public const string Name = "--market";

    public static Option<IReadOnlyList<Market>?> Create() => new(Name)
    {
        Description = "Markets to consider: spot, on-demand or both (default: both).",
        HelpName = "spot|on-demand|both",
        CustomParser = result =>
        {
            var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : string.Empty;
            switch (text.Trim().ToUpperInvariant())
            {
                case "SPOT":
                    return [Market.Spot];
                case "ON-DEMAND" or "ONDEMAND":
                    return [Market.OnDemand];
                case "BOTH":
                    return [Market.Spot, Market.OnDemand];
                default:
                    result.AddError($"{Name}: '{text}' is not a market; use spot, on-demand or both.");
                    return [];
            }
        },
    };
}
