using System.Text.Json;
using System.Text.Json.Nodes;
using Spot.CostModel.Billing;
using Spot.CostModel.Ledger.Json;
using Spot.CostModel.Reporting;

namespace Spot.Launcher.Cli.CostReport;

/// <summary>
/// The report as JSON for scripts. Each job and the total carry spend_usd, on_demand_usd, savings_pct,
/// wasted_usd, wasted_steps, attempts and interruptions, the same figures as the table (dollars in cents, savings
/// in percent to one decimal place, null with no on-demand equivalent); each job also lists its attempts' bills.
/// </summary>
public static class CostReportJson
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, IndentSize = 2 };

    public static string Write(SpendReport report, string ledgerPath, string? chartPath)
    {
        var total = Figures(new JsonObject { ["jobs"] = report.Jobs.Count }, report.Total);
        var root = new JsonObject
        {
            ["as_of"] = LedgerTimestamps.Write(report.AsOf),
            ["ledger"] = ledgerPath,
            ["chart"] = chartPath,
            ["jobs"] = new JsonArray(report.Jobs.Select(Job).ToArray<JsonNode?>()),
            ["total"] = total,
        };
        return root.ToJsonString(Indented);
    }

    private static JsonObject Job(JobSpend job)
    {
        var node = Figures(new JsonObject { ["job"] = job.Job }, job.Summary);
        node["running_attempts"] = job.RunningAttempts;
        node["attempt_bills"] = new JsonArray(job.Attempts.Select(Attempt).ToArray<JsonNode?>());
        return node;
    }

    private static JsonObject Figures(JsonObject node, SpendSummary s)
    {
        node["spend_usd"] = ReportFigures.Usd(s.SpendUsd);
        node["on_demand_usd"] = ReportFigures.Usd(s.OnDemandUsd);
        node["savings_pct"] = ReportFigures.Percent(s.SavingsPct);
        node["wasted_usd"] = ReportFigures.Usd(s.WastedUsd);
        node["wasted_steps"] = s.WastedSteps;
        node["attempts"] = s.Attempts;
        node["interruptions"] = s.Interruptions;
        return node;
    }

    private static JsonObject Attempt(AttemptWork work)
    {
        var a = work.Attempt;
        return new JsonObject
        {
            ["attempt"] = a.Attempt,
            ["instance_id"] = a.InstanceId,
            ["instance_type"] = a.InstanceType,
            ["availability_zone"] = a.AvailabilityZone,
            ["market"] = Snake(a.Market.ToString()),
            ["started_at"] = LedgerTimestamps.Write(a.StartedAt),
            ["ended_at"] = a.EndedAt is { } end ? LedgerTimestamps.Write(end) : null,
            ["end_reason"] = a.EndReason is { } reason ? Snake(reason.ToString()) : null,
            ["used_seconds"] = work.Bill.UsedSeconds,
            ["billed_seconds"] = work.Bill.BilledSeconds,
            ["charge_usd"] = ReportFigures.Usd(work.Bill.ChargeUsd),
            ["free_spot_interruption"] = work.Bill.WaivedForSpotInterruption,
            ["provisional"] = work.Bill.IsProvisional,
            ["lost_steps"] = work.LostSteps,
            ["wasted_usd"] = ReportFigures.Usd(work.WastedUsd),
        };
    }

    private static string Snake(string name) => JsonNamingPolicy.SnakeCaseLower.ConvertName(name);
}
