using System.Globalization;
using Spectre.Console;
using Spectre.Console.Rendering;
using Spot.Launcher.Drills;

namespace Spot.Launcher.Cli.Drills;

/// <summary>The fault timeline of one drill: when each fault fired, what it hit, what was done and how the job took it.</summary>
public static class DrillFaultsTable
{
    private static readonly string[] Headers = ["Fault", "Trigger", "Fired", "At", "Attempt", "Instance", "Step", "Recovery", "Injected", "Absorbed"];

    public static Table Build(DrillRunReport run)
    {
        var table = new Table().Border(TableBorder.Simple).Title($"Fault timeline of {run.Plan} (seed {run.Seed.ToString(CultureInfo.InvariantCulture)})");
        foreach (var header in Headers)
        {
            var column = new TableColumn(new Text(header, new Style(decoration: Decoration.Bold)));
            // Short cells never wrap, so a narrow console squeezes only the prose columns.
            table.AddColumn(header is "Trigger" or "Injected" or "Absorbed" ? column : column.NoWrap());
        }
        foreach (var fault in run.Faults)
            table.AddRow(Cells(fault));
        return table;
    }

    private static IRenderable[] Cells(InjectedFault fault) =>
    [
        new Text(fault.Fault),
        new Text(fault.Trigger),
        new Text(fault.Fired ? "yes" : "NO", fault.Fired ? Style.Plain : new Style(Color.Red)),
        new Text(DrillFigures.SecondsText(fault.At)),
        new Text(Optional(fault.Attempt)),
        new Text(fault.InstanceId ?? "-"),
        new Text(Optional(fault.Step)),
        new Text(DrillFigures.SecondsText(fault.TimeToRecover)),
        new Text(fault.Detail ?? "-"),
        new Text(fault.Absorbed ?? "-"),
    ];

    private static string Optional(long? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "-";
}
