using Spectre.Console;
using Spot.Contracts;
using Spot.CostModel.Ledger;
using Spot.CostModel.Reporting;
using Spot.Launcher.Charts;

namespace Spot.Launcher.Cli.CostReport;

/// <summary>Runs `spot cost-report` once its options are read: load the ledger, keep the job asked for, build the
/// report, print it and draw the chart. Returns the exit code.</summary>
public sealed class CostReportRunner(IAnsiConsole console)
{
    public async Task<int> RunAsync(CostReportRequest request, CancellationToken cancellationToken)
    {
        var records = await LedgerFile.ReadAsync(request.LedgerPath, cancellationToken);
        var report = BuildReport(SelectJob(records, request), request);
        if (request.ChartPath is { } chartPath)
            SaveChart(report, chartPath);

        if (request.Format == OutputFormat.Json)
        {
            console.WriteRawLine(CostReportJson.Write(report, request.LedgerPath, request.ChartPath));
        }
        else
        {
            console.Write(CostReportTable.Build(report));
            if (request.ChartPath is not null)
                console.WriteLine($"Chart written to {request.ChartPath}");
        }

        return ExitCodes.Success;
    }

    private static void SaveChart(SpendReport report, string path)
    {
        try
        {
            SpendChart.SavePng(report, path);
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            throw new CostReportArgumentException($"--chart: cannot write {path}: {error.Message}", error);
        }
    }

    private static List<AttemptRecord> SelectJob(IReadOnlyList<AttemptRecord> records, CostReportRequest request)
    {
        if (request.Job is not { } job)
            return [.. records];
        var selected = records.Where(r => r.Job == job).ToList();
        if (selected.Count > 0)
            return selected;
        var known = string.Join(", ", records.Select(r => r.Job).Distinct(StringComparer.Ordinal));
        throw new CostReportArgumentException(
            $"--job: '{job}' is not in {request.LedgerPath}; its jobs are: {(known.Length == 0 ? "(none)" : known)}.");
    }

    // Checked here rather than left to the biller, so the message names the option to change.
    private static SpendReport BuildReport(List<AttemptRecord> records, CostReportRequest request)
    {
        if (records.FirstOrDefault(r => r.IsRunning && r.StartedAt > request.AsOf) is { } early)
            throw new CostReportArgumentException(
                $"--as-of: {ReportFigures.Instant(request.AsOf)} is before running {early} started " +
                $"({ReportFigures.Instant(early.StartedAt)}); running attempts are billed up to --as-of.");
        return SpendReportBuilder.Build(records, request.AsOf);
    }
}
